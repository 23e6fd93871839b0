using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Faults;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Xunit.Abstractions;

namespace Timeline.IntegrationTests.Fuzz;

/// <summary>A deterministic (seeded), bounded fuzz of the API on a Neo4j of its own: random and mutated GraphQL requests and
/// raw bodies, and ingest documents with wrong types, huge strings, deep nesting, Unicode edge cases and Cypher injection
/// in every string field. The service never answers 5xx nor INTERNAL_SERVER_ERROR, never writes part of a document, and an
/// injected <c>MATCH (n) DETACH DELETE n</c> stays inert text: the graph changes by exactly the accepted documents, whose
/// strings read back verbatim.</summary>
public sealed class HostileInputFuzzTests(FuzzNeo4j neo4j, ITestOutputHelper output) : IClassFixture<FuzzNeo4j>
{
    private const int Seed = 20260109;
    private const int MaxRequests = 3000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);
    private const string Mutation = "mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok sourceId created errors { path message } } }";

    private static readonly string[] BaseQueries =
    [
        """{ entity(id: "gov:venezuela") { id name kind aliases relations(first: 5) { nodes { type other { id name } } } } }""",
        """{ search(text: "maduro", first: 5) { id name } }""",
        """{ timeline(involving: ["gov:united-states"], from: "2026-01", to: "2026-01", first: 10) { edges { cursor node { ... on Event { id title date { text precision } } ... on Statement { id text } } } pageInfo { hasNextPage endCursor } } }""",
        """{ statements(speaker: "person:donald-trump", first: 3) { nodes { id text about { __typename ... on Entity { id } } } } }""",
        """{ path(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela", maxHops: 6) { length nodes { id } steps { type } } }""",
        """{ source(id: "src:2026-01-09-caracas") { id title published { text } } }""",
        """{ entities(kind: Person, first: 5) { edges { node { id name } } pageInfo { endCursor } } }""",
        """query Q($id: ID!, $n: Int) { entity(id: $id) { id neighbors(first: $n) { id } } }""",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", "\"", "\\", "$", "...", "@skip(if: true)", "#", ":", ",", "!", "=", "|", "&",
        "\\u0000", "\\ud800", "\u202E", "e\u0301", "query", "mutation", "fragment F on Entity { id }", "__schema", "__typename",
        HostilePayloads.DeleteEverything, "\"\"\"", "1e309", "-0", "99999999999999999999",
    ];

    [Fact]
    public async Task Hostile_requests_never_break_the_service_or_the_graph()
    {
        var writer = TestJwt.Create("fuzz", ApiKeyRole.Writer);
        var logs = new CapturedLogs();
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(neo4j.Options, new Dictionary<string, string?>(TestJwt.Settings)
        {
            ["Timeline:RateLimit:Enabled"] = "false",
        }), logs, bearer: writer);
        using var http = host.CreateClient();
        await using var db = neo4j.CreateClient();

        var seed = await Send(http, Post(JsonSerializer.Serialize(new { query = Mutation, variables = new { d = JsonNode.Parse(await File.ReadAllTextAsync(Timeline.Testing.Project.SeedDocument.Path)) } })));
        Assert.True(seed.Status == HttpStatusCode.OK && !seed.HasErrors, seed.ToString());
        var before = await CountsAsync(db);

        var random = new Random(Seed);
        var run = Guid.NewGuid().ToString("N")[..8];
        var intended = new List<(FuzzDocument Doc, bool Ok)>();
        var mutated = new List<(IReadOnlyList<string> Ids, bool Ok, string What)>();
        var problems = new List<string>();
        var kinds = new Dictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var count = 0;
        for (; count < MaxRequests && clock.Elapsed < Budget; count++)
        {
            var kind = random.Next(10);
            string label;
            HttpRequestMessage request;
            FuzzDocument? doc = null;
            (IReadOnlyList<string> Ids, string What)? broken = null;
            switch (kind)
            {
                case 0 or 1:
                    label = "mutated query";
                    request = Post(JsonSerializer.Serialize(new { query = MutateQuery(random, BaseQueries[random.Next(BaseQueries.Length)]), variables = RandomVariables(random) }));
                    break;
                case 2:
                    label = "raw body";
                    request = RawBody(random);
                    break;
                case 3:
                    label = "GET";
                    request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(MutateQuery(random, BaseQueries[random.Next(BaseQueries.Length)]))
                        + (random.Next(2) == 0 ? "&variables=" + Uri.EscapeDataString(RandomText(random, 30)) : ""));
                    break;
                case 4 or 5 or 6:
                    label = "injected document";
                    var payloads = HostilePayloads.Injections.Concat(HostilePayloads.VerbatimUnicode).ToArray();
                    doc = new FuzzDocument($"{run}-{count}", payloads[random.Next(payloads.Length)]);
                    request = Post(JsonSerializer.Serialize(new { query = Mutation, variables = new { d = doc.Json } }));
                    break;
                case 7 or 8:
                    label = "mutated document";
                    var (json, ids, what) = MutateDocument(random, $"{run}-{count}");
                    broken = (ids, what);
                    request = Post(json);
                    break;
                default:
                    label = "mutated argument";
                    request = Post(JsonSerializer.Serialize(new
                    {
                        query = "query($t: String!, $id: ID!) { search(text: $t, first: 3) { id } entity(id: $id) { id } }",
                        variables = new Dictionary<string, object?> { ["t"] = RandomValue(random), ["id"] = RandomValue(random) },
                    }));
                    break;
            }
            kinds[label] = kinds.GetValueOrDefault(label) + 1;
            var response = await Send(http, request);
            if ((int)response.Status >= 500 || response.ErrorCodes.Contains("INTERNAL_SERVER_ERROR") || response.Body.Contains("   at ", StringComparison.Ordinal))
                problems.Add($"{label} #{count}: {response.ToString()[..Math.Min(400, response.ToString().Length)]}");
            var ok = response.Status == HttpStatusCode.OK && !response.HasErrors
                     && response.Json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                     && data.TryGetProperty("ingestDocument", out var result) && result.GetProperty("ok").GetBoolean();
            if (doc is not null)
                intended.Add((doc, ok));
            if (broken is { } b)
                mutated.Add((b.Ids, ok, b.What));
        }
        output.WriteLine($"{count} requests in {clock.Elapsed.TotalSeconds:0.0} s (seed {Seed}): {string.Join(", ", kinds.Select(k => $"{k.Value} {k.Key}"))}; " +
                         $"{intended.Count(i => i.Ok)}/{intended.Count} injected documents accepted, {mutated.Count(m => m.Ok)}/{mutated.Count} mutated ones");

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(15)) + "\nlogged errors:\n"
            + string.Join("\n", logs.Entries.Where(e => e.Level >= LogLevel.Error).Take(3).Select(e => $"{e.Message} {e.Exception}")));
        Assert.Empty(logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Message).Take(10));

        // All or nothing, for every document sent.
        foreach (var (doc, ok) in intended)
            Assert.True(await GraphIds.CountAsync(db, doc.Ids) == (ok ? doc.Ids.Count : 0), $"document with payload {JsonSerializer.Serialize(doc.Payload)} (ok: {ok}) is partly written");
        foreach (var (ids, ok, what) in mutated)
        {
            var present = await GraphIds.CountAsync(db, ids);
            Assert.True(present == 0 || (ok && present == ids.Count), $"{what}: {present} of {ids.Count} ids present (ok: {ok})");
        }
        // Every valid document with an injection must have been accepted, and reads back verbatim.
        Assert.All(intended, i => Assert.True(i.Ok, $"payload {JsonSerializer.Serialize(i.Doc.Payload)} was refused"));
        foreach (var doc in intended.Select(i => i.Doc).DistinctBy(d => d.Payload))
            await AssertVerbatimAsync(db, doc);

        // The graph changed by exactly the accepted documents: no injected deletion ran, nothing else was written.
        var accepted = intended.Where(i => i.Ok).Select(i => i.Doc.Ids).Concat(mutated.Where(m => m.Ok).Select(m => m.Ids)).ToList();
        var acceptedIds = accepted.SelectMany(ids => ids).ToList();
        var newRelationships = (await db.RunAsync("MATCH (n)-[r]-() WHERE n.id IN $ids RETURN count(DISTINCT r) AS n",
            new Dictionary<string, object?> { ["ids"] = acceptedIds })).Single().Get<long>("n");
        var after = await CountsAsync(db);
        Assert.Equal(before.Nodes + acceptedIds.Count, after.Nodes);
        Assert.Equal(before.Relationships + newRelationships, after.Relationships);
        Assert.Equal(intended.Count(i => i.Ok) * (long)FuzzDocument.Relationships + mutated.Where(m => m.Ok).Sum(m => (long)FuzzDocument.Relationships), newRelationships);
        Assert.True(after.Audits > before.Audits);

        await GraphIds.DeleteAsync(db, acceptedIds);
        await db.RunAsync("MATCH (a:IngestAudit) WHERE a.sourceId CONTAINS $run DELETE a", new Dictionary<string, object?> { ["run"] = run });
    }

    private static async Task AssertVerbatimAsync(Neo4jClient db, FuzzDocument doc)
    {
        var row = (await db.RunAsync("""
            MATCH (src:Source {id: $source}), (p:Entity {id: $person}), (c:Entity {id: $country}), (e:Event {id: $event}), (s:Statement {id: $statement})
            MATCH (p)-[h:HOLDS_POSITION]->(c), (e)-[re:REPORTED_IN]->(src), (s)-[rs:REPORTED_IN]->(src)
            RETURN src.title AS title, src.publisher AS publisher, src.url AS url, p.name AS name, p.aliases AS aliases, p.description AS description,
                   c.description AS countryDescription, e.title AS eventTitle, e.description AS eventDescription, e.note AS note, re.excerpt AS eventExcerpt,
                   s.text AS text, rs.excerpt AS statementExcerpt, h.position AS position, h.excerpts AS excerpts
            """, new Dictionary<string, object?>
        {
            ["source"] = doc.SourceId, ["person"] = doc.Person, ["country"] = doc.Country, ["event"] = doc.Event, ["statement"] = doc.Statement,
        })).Single();
        var payload = doc.Payload;
        foreach (var key in new[] { "title", "publisher", "name", "description", "countryDescription", "eventTitle", "eventDescription", "note", "eventExcerpt", "text", "statementExcerpt", "position" })
            Assert.True(row.Get<string>(key) == payload, $"{key}: {JsonSerializer.Serialize(row[key])} != {JsonSerializer.Serialize(payload)}");
        Assert.Equal(doc.Url, row.Get<string>("url"));
        Assert.Equal([payload, "alias " + payload], row.Get<IReadOnlyList<object?>>("aliases").Cast<string>());
        Assert.Equal([payload], row.Get<IReadOnlyList<object?>>("excerpts").Cast<string>());
    }

    private static async Task<(long Nodes, long Relationships, long Audits)> CountsAsync(Neo4jClient db)
    {
        var results = await db.RunAsync(
        [
            // The knowledge graph's nodes (bookkeeping — audit records, keys, kept documents, change records — is counted apart).
            new Statement($"MATCH (n) WHERE {string.Join(" OR ", Timeline.Core.Ontology.GraphLabels.Identity.Select(l => "n:" + l))} RETURN count(n) AS n"),
            new Statement("MATCH ()-[r]->() RETURN count(r) AS n"),
            new Statement("MATCH (a:IngestAudit) RETURN count(a) AS n"),
        ]);
        return (results[0].Single().Get<long>("n"), results[1].Single().Get<long>("n"), results[2].Single().Get<long>("n"));
    }

    private static readonly JsonSerializerOptions Deep = new() { MaxDepth = 4096 };

    private static HttpRequestMessage Post(string body) => new(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static async Task<GraphQLResponse> Send(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
        {
            var body = await response.Content.ReadAsStringAsync();
            try
            {
                return await GraphQLResponse.ReadAsync(new HttpResponseMessage(response.StatusCode) { Content = new StringContent(body) });
            }
            catch (JsonException)
            {
                // Not JSON at all: only acceptable for statuses the framework answers itself, and never a 5xx.
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} {body}");
                return await GraphQLResponse.ReadAsync(new HttpResponseMessage(response.StatusCode) { Content = new StringContent("{}") });
            }
        }
    }

    private static string MutateQuery(Random random, string query)
    {
        var text = query;
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(text.Length + 1);
            text = random.Next(7) switch
            {
                0 => text[..at],                                                              // truncated
                1 => at < text.Length ? text.Remove(at, 1) : text,                            // a character lost
                2 => text.Insert(at, Tokens[random.Next(Tokens.Length)]),                     // a token inserted
                3 => text.Insert(at, new string('{', random.Next(1, 3000))),                   // deep nesting
                4 => text.Replace("\"gov:venezuela\"", JsonSerializer.Serialize(RandomText(random, 50))), // hostile argument
                5 => text + text[..Math.Min(at, text.Length)],                                // duplicated segment
                _ => text.Insert(at, " " + string.Concat(Enumerable.Repeat("a: __typename ", random.Next(1, 200)))),
            };
        }
        return text;
    }

    private static object? RandomVariables(Random random) => random.Next(6) switch
    {
        0 => null,
        1 => new { id = 123, n = "ten" },
        2 => new { id = new[] { "a", "b" }, n = 1e300 },
        3 => new { id = RandomText(random, 100), n = -1 },
        4 => new { id = new string('x', 100_000), n = int.MaxValue },
        _ => new { id = HostilePayloads.Injections[random.Next(HostilePayloads.Injections.Length)], n = 3 },
    };

    private static object? RandomValue(Random random) => random.Next(8) switch
    {
        0 => null,
        1 => random.Next(),
        2 => new[] { 1, 2 },
        3 => new { nested = new { deeper = "x" } },
        4 => new string('y', random.Next(1, 200_000)),
        5 => HostilePayloads.BrokenUnicode[random.Next(HostilePayloads.BrokenUnicode.Length)],
        6 => HostilePayloads.VerbatimUnicode[random.Next(HostilePayloads.VerbatimUnicode.Length)],
        _ => HostilePayloads.Injections[random.Next(HostilePayloads.Injections.Length)],
    };

    private static string RandomText(Random random, int max)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(1, max); i > 0; i--)
        {
            builder.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x300, 0x370),
                3 => Tokens[random.Next(Tokens.Length)],
                _ => (char)random.Next(32, 127),
            });
        }
        return builder.ToString();
    }

    private static HttpRequestMessage RawBody(Random random)
    {
        var valid = JsonSerializer.Serialize(new { query = BaseQueries[random.Next(BaseQueries.Length)] });
        var body = random.Next(10) switch
        {
            0 => valid[..random.Next(valid.Length)],                                          // truncated JSON
            1 => """{"query": 42}""",
            2 => """{"query": ["{ __typename }"], "variables": "nope"}""",
            3 => """{"query": "{ __typename }", "variables": [1, 2], "operationName": 7}""",
            4 => "{\"query\": \"{ __typename }\", \"extensions\": " + new string('[', 5000) + new string(']', 5000) + "}",
            5 => "{\"query\": \"" + RandomText(random, 200).Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"}",
            6 => "\uFEFF" + valid,
            7 => "{\"query\": \"{ search(text: \\\"\\ud800\\\") { id } }\"}",
            8 => "null",
            _ => "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"\\ud800\\u0000\"}}",
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        if (random.Next(8) == 0)
        {
            // Bytes that are not UTF-8 at all.
            var bytes = Encoding.UTF8.GetBytes(body).Concat(new byte[] { 0xFF, 0xFE, 0xC0, 0x80 }).ToArray();
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }
        else
        {
            request.Content = new StringContent(body, Encoding.UTF8, random.Next(10) == 0 ? "text/plain" : "application/json");
        }
        return request;
    }

    /// <summary>A valid document broken in one random way; returns the request body, the document's ids and what was done.</summary>
    private static (string Body, IReadOnlyList<string> Ids, string What) MutateDocument(Random random, string tag)
    {
        var doc = new FuzzDocument(tag, "plain text " + tag);
        var json = doc.Json;
        string what;
        switch (random.Next(12))
        {
            case 0:
                json["entities"]![0]!["name"] = 42; what = "number as name"; break;
            case 1:
                json["source"] = new JsonArray("not", "an", "object"); what = "array as source"; break;
            case 2:
                json["events"]![0]!["title"] = new string('t', 20_001 + random.Next(100_000)); what = "huge string"; break;
            case 3:
                JsonNode deep = "bottom";
                for (var i = random.Next(20, 200); i > 0; i--) deep = new JsonObject { ["d"] = deep };
                json["events"]![0]!["properties"] = new JsonObject { ["deep"] = deep }; what = "deep nesting"; break;
            case 4:
                json["entities"]![0]!["name"] = HostilePayloads.BrokenUnicode[random.Next(HostilePayloads.BrokenUnicode.Length)]; what = "lone surrogate"; break;
            case 5:
                json["statements"]![0]!["about"] = new JsonArray("person:nobody-" + tag); what = "unknown reference"; break;
            case 6:
                json["relations"]![0]!["validFrom"] = "2026-02-30"; what = "impossible date"; break;
            case 7:
                json["entities"]![0]!["kind"] = "Planet"; what = "unknown kind"; break;
            case 8:
                json["entities"]![1]!["id"] = json["entities"]![0]!["id"]!.GetValue<string>(); what = "duplicate id"; break;
            case 9:
                json["events"]![0]!["participants"]![0]!["role"] = HostilePayloads.DeleteEverything; what = "injected role"; break;
            case 10:
                json["entities"]![0]!["id"] = "person:\u0000" + tag; what = "NUL in id"; break;
            default:
                json["unexpected"] = HostilePayloads.DeleteEverything; json["events"]![0]!["date"] = 20260105; what = "unknown field, number date"; break;
        }
        var body = JsonSerializer.Serialize(new { query = Mutation, variables = new { d = json } }, Deep);
        if (random.Next(6) == 0)
        {
            body = body[..random.Next(body.Length)];                                          // truncated JSON
            what += ", truncated";
        }
        return (body, doc.Ids, what);
    }
}
