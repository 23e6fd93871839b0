#!/usr/bin/env node
// The Cypher 5 check of everything the project sent during a test run: reads the texts the tests recorded
// (every *.json in the folder given, in lint.mjs's input format), lints the distinct ones in one batch and
// fails when any has an error or a warning. Texts in the Neo4j 3.x schema dialect (CREATE CONSTRAINT ON …
// ASSERT, CREATE INDEX ON :L(p)) are left out: they are sent only to 3.x servers, and their 4.4+/5
// counterparts are checked by the test suite (ProjectCypherTests). It also fails on a text that looks a node up by a map's
// field or a list's element (the project's rule, below).
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('usage: node check-recorded.mjs <folder of recorded *.json>\n');
  process.exit(2);
}
const v3Dialect = /^\s*CREATE\s+(CONSTRAINT\s+ON|INDEX\s+ON)\b/i;
const byKey = new Map();
let skipped = 0;
for (const file of readdirSync(folder).filter(f => f.endsWith('.json')).sort()) {
  for (const item of JSON.parse(readFileSync(join(folder, file), 'utf8'))) {
    if (v3Dialect.test(item.query)) { skipped++; continue; }
    const key = item.query + '\0' + [...(item.parameters ?? [])].sort().join('\0');
    if (!byKey.has(key)) byKey.set(key, item);
  }
}
const items = [...byKey.values()];
if (items.length === 0) {
  process.stderr.write(`Cypher 5 check: no recorded texts in ${folder} — did the tests run?\n`);
  process.exit(1);
}
const lint = join(dirname(fileURLToPath(import.meta.url)), 'lint.mjs');
const run = spawnSync(process.execPath, [lint], { input: JSON.stringify(items), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(1);
}
const failures = JSON.parse(run.stdout).filter(r => r.diagnostics.length > 0);
for (const f of failures) {
  process.stdout.write(`\nFAILED ${f.name}\n${f.query}\n`);
  for (const d of f.diagnostics) process.stdout.write(`  ${d.severity === 1 ? 'error' : 'warning'} ${d.line}:${d.column} ${d.message}\n`);
}

// The project's own rule (src/Timeline.Core/Cypher/RowKeys.cs): a node is looked up by a parameter or a variable,
// never by a map's field or a list's element (`MATCH (e:Event {id: row.event})`), which Neo4j 3.1 plans as a scan of the
// whole index on a young graph — in the pattern's map or in the WHERE that follows it (`MATCH (s:NameSuffix) WHERE
// s.entity = row.id`; a comprehension's WHERE filters a list in memory and is not a look-up).
const lookUpByField = /\bMATCH\s*\(\s*\w+\s*(?::\s*\w+\s*)+\{[^}]*:\s*[A-Za-z_]\w*\s*(?:\.|\[)/;
const whereByField = /\bMATCH\s*\(\s*(\w+)\s*(?::\s*\w+\s*)+\)\s*(?:USING\s+INDEX\s+[^\n]*?\)\s*)?WHERE\s+\1\s*\.\s*\w+\s*=\s*[A-Za-z_]\w*\s*(?:\.|\[)/;
const byField = items.filter(item => lookUpByField.test(item.query) || whereByField.test(item.query));
for (const item of byField) {
  process.stdout.write(`\nFAILED ${item.name ?? ''}\n${item.query}\n  a node looked up by a map's field or a list's element: bind it to a variable first (RowKeys)\n`);
}
process.stdout.write(`Cypher 5 check: ${items.length} distinct texts sent by the project during the tests, ` +
  `${failures.length} failed (${skipped} 3.x-dialect schema texts left out); ${byField.length} look a node up by a field.\n`);
process.exit(failures.length === 0 && byField.length === 0 ? 0 : 1);
