#!/usr/bin/env node
// Lints Cypher texts with Neo4j's own Cypher 5 linter (@neo4j-cypher/language-support),
// loading the module once per thread for the whole batch: loading costs ~1.5 s, a text 0.05–5 s (the
// linter's semantic analysis, Neo4j's own front end compiled to JavaScript, grows with the text). A
// batch of more than a few texts is shared out among worker threads, one per core the process may use
// (at most 4), each taking the next unlinted text (longest first) as it finishes one; the results keep
// input order.
//
// Input (stdin, or a file path argument): a JSON array
//   [{ "name": "...", "query": "...", "parameters": ["a", "b"] }, ...]
// or an object { "schema": { "labels": [...], "relationshipTypes": [...], "propertyKeys": [...] },
//                "items": [ ...same items... ] }.
// "parameters" lists the parameter names the caller sends with the query; a $name used by the
// query but not listed is an error. Omit "parameters" to declare every parameter the query uses.
//
// Output (stdout): a JSON array, in input order,
//   [{ "name", "query", "diagnostics": [{ "severity", "message", "line", "column" }] }]
// severity 1 = error, 2 = warning (deprecations, performance notifications, unknown schema names);
// line and column are 1-based. Exit code 0 whenever linting ran, whatever it found;
// 2 for unusable input, 1 when the linter cannot be loaded or crashes.
//
// --text prints a human-readable report instead of JSON (exit code still 0 when linting ran);
// --query 'MATCH …' lints that one text (parameters declared from the text) and implies --text.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const CYPHER_VERSION = 'CYPHER 5';

function fail(code, message) {
  process.stderr.write(`cypher-lint: ${message}\n`);
  process.exit(code);
}

function parseArguments(argv) {
  const options = { text: false, file: null, query: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--text') options.text = true;
    else if (arg === '--query') {
      if (i + 1 >= argv.length) fail(2, '--query needs a Cypher text');
      options.query = argv[++i];
      options.text = true;
    }
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node lint.mjs [--text] [input.json]   (input on stdin when no file)\n' +
        '       node lint.mjs --query \'MATCH (n {id: $id}) RETURN n\'\n');
      process.exit(0);
    } else if (arg.startsWith('--')) fail(2, `unknown option ${arg}`);
    else if (options.file === null) options.file = arg;
    else fail(2, 'at most one input file');
  }
  return options;
}

function readInput(file) {
  let raw;
  try {
    raw = readFileSync(file ?? 0, 'utf8');
  } catch (e) {
    fail(2, `cannot read ${file ?? 'stdin'}: ${e.message}`);
  }
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    fail(2, `input is not JSON: ${e.message}`);
  }
  const items = Array.isArray(parsed) ? parsed : parsed?.items;
  if (!Array.isArray(items)) fail(2, 'input must be a JSON array of {name, query, parameters} or {schema, items}');
  items.forEach((item, i) => {
    if (typeof item?.query !== 'string') fail(2, `item ${i}: "query" must be a string`);
    const p = item.parameters;
    if (p !== undefined && p !== null && !(Array.isArray(p) && p.every((x) => typeof x === 'string'))) {
      fail(2, `item ${i}: "parameters" must be an array of names`);
    }
  });
  return { items, schema: Array.isArray(parsed) ? {} : (parsed.schema ?? {}) };
}

// The function and procedure registry of a real Neo4j 5 server ships inside the package
// (testData.mockSchema, dumped from a server with APOC and GDS installed). Without a registry
// the linter accepts any function or procedure name — toInt(), db.indexes(), typos — so we pass
// the built-in part: the project runs on plain Neo4j (3.1 has no plugins), so apoc.* and gds.*
// are left out and their use is reported as "not present in the database".
function builtInRegistry(testData) {
  const all = testData?.mockSchema;
  const functions = all?.functions?.[CYPHER_VERSION];
  const procedures = all?.procedures?.[CYPHER_VERSION];
  if (!functions || !procedures) {
    throw new Error('the package no longer ships a Cypher 5 function/procedure registry (testData.mockSchema)');
  }
  const isPlugin = (name) => /^(apoc|gds)\./.test(name);
  return {
    functions: Object.fromEntries(Object.entries(functions).filter(([n, f]) => f.isBuiltIn && !isPlugin(n))),
    procedures: Object.fromEntries(Object.entries(procedures).filter(([n]) => !isPlugin(n))),
  };
}

function namesOrUndefined(list, what) {
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) fail(2, `schema.${what} must be an array of names`);
  return list;
}

function diagnostic(severity, message, line = 1, column = 1) {
  return { severity, message, line, column };
}

// Checks the Neo4j linter does not make but the project relies on.
function projectChecks(query, lib) {
  const found = [];
  // The HTTP endpoint runs one statement per text; a second statement would be a server error.
  const statements = lib.parseStatementsStrs(query).filter((s) => s.replace(/;\s*$/, '').trim().length > 0);
  if (statements.length > 1) {
    found.push(diagnostic(1, `The text holds ${statements.length} statements; send one statement per text.`));
  }
  // A version prefix would switch the check away from Cypher 5 (and Neo4j 3.1 rejects it).
  const prefix = /^\s*CYPHER\s+(\d+)/i.exec(query);
  if (prefix && prefix[1] !== '5') {
    found.push(diagnostic(1, `The text selects CYPHER ${prefix[1]}; the project's Cypher must run as Cypher 5.`));
  }
  return found;
}

async function loadLinter() {
  // The linter must not be able to corrupt the JSON on stdout.
  console.log = (...args) => console.error(...args);
  console.info = console.warn = console.debug = console.log;
  try {
    const lib = await import('@neo4j-cypher/language-support');
    return { lib, registry: builtInRegistry(lib.testData) };
  } catch (e) {
    fail(1, `cannot load @neo4j-cypher/language-support (run "npm ci" in tools/cypher-lint): ${e.message}`);
  }
}

function checkSchema(schema) {
  return {
    labels: namesOrUndefined(schema.labels, 'labels'),
    relationshipTypes: namesOrUndefined(schema.relationshipTypes, 'relationshipTypes'),
    propertyKeys: namesOrUndefined(schema.propertyKeys, 'propertyKeys'),
  };
}

function lintOne(item, { labels, relationshipTypes, propertyKeys }, { lib, registry }) {
  const query = item.query;
  const parameterNames = item.parameters ?? lib.parseParameters(query);
  const dbSchema = {
    defaultLanguage: CYPHER_VERSION,
    functions: { [CYPHER_VERSION]: registry.functions },
    procedures: { [CYPHER_VERSION]: registry.procedures },
    parameters: Object.fromEntries(parameterNames.map((p) => [p, null])),
    // Labels and types are only checked when both lists are given (the linter's own rule).
    ...(labels && relationshipTypes ? { labels, relationshipTypes } : {}),
    ...(propertyKeys ? { propertyKeys } : {}),
  };
  let diagnostics;
  try {
    diagnostics = lib.lintCypherQuery(query, dbSchema).diagnostics.map((d) =>
      diagnostic(d.severity, d.message, d.range.start.line + 1, d.range.start.character + 1));
  } catch (e) {
    diagnostics = [diagnostic(1, `The linter crashed on this text: ${e.message}`)];
  }
  if (query.trim().length === 0) diagnostics.push(diagnostic(1, 'The text is empty.'));
  diagnostics.push(...projectChecks(query, lib));
  return { name: item.name ?? null, query, diagnostics };
}

// Texts per thread below which another thread's ~1.5 s of loading the linter costs more than it saves.
const TEXTS_PER_THREAD = 8;
const MAX_THREADS = 4;

// Lints every item, in this thread or shared out among worker threads; results in input order.
async function lintAll(items, schema) {
  const names = checkSchema(schema);
  const threads = Math.min(MAX_THREADS, availableParallelism(), Math.floor(items.length / TEXTS_PER_THREAD));
  if (threads <= 1) {
    const linter = await loadLinter();
    return items.map((item) => lintOne(item, names, linter));
  }
  const results = new Array(items.length);
  // Longest texts first, so that no thread is left with a long one while the others have finished.
  const order = items.map((item, index) => index).sort((a, b) => items[b].query.length - items[a].query.length);
  let next = 0;
  await Promise.all(Array.from({ length: threads }, () => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { items, names }, stdout: true });
    // A worker's console output goes to stderr, as the main thread's does: stdout carries only the JSON.
    worker.stdout.pipe(process.stderr);
    const give = () => worker.postMessage(next < order.length ? order[next++] : null);
    worker.on('message', (message) => {
      if (message.ready) return give();
      results[message.index] = message.result;
      give();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint thread stopped with exit code ${code}`))));
  })));
  return results;
}

// A worker thread: loads the linter, then lints the index it is given until it is given null.
async function workerMain() {
  const { items, names } = workerData;
  const linter = await loadLinter();
  parentPort.on('message', (index) => {
    if (index === null) return parentPort.close();
    parentPort.postMessage({ index, result: lintOne(items[index], names, linter) });
  });
  parentPort.postMessage({ ready: true });
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const { items, schema } = options.query !== null
    ? { items: [{ name: 'query', query: options.query }], schema: {} }
    : readInput(options.file);
  const realLog = console.log;
  const results = await lintAll(items, schema);
  console.log = realLog;
  process.stdout.write((options.text ? formatText(results) : JSON.stringify(results)) + '\n');
}

function formatText(results) {
  const lines = [];
  let bad = 0;
  results.forEach((r, i) => {
    if (r.diagnostics.length === 0) return;
    bad++;
    lines.push(`${r.name ?? `#${i}`}: ${r.query.replace(/\s+/g, ' ').trim()}`);
    for (const d of r.diagnostics) {
      lines.push(`  ${d.severity === 1 ? 'error' : 'warning'} ${d.line}:${d.column} ${d.message}`);
    }
  });
  lines.push(`${results.length - bad} clean, ${bad} with diagnostics`);
  return lines.join('\n');
}

(isMainThread ? main() : workerMain()).catch((e) => fail(1, e?.stack ?? String(e)));
