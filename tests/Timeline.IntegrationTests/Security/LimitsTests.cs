using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Ingest;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Security;

/// <summary>Per-caller rate limits (429 RATE_LIMITED with Retry-After), request size, and the per-request time limit that
/// cancels the request's Cypher (504 QUERY_TIMEOUT) — each configurable.</summary>
public sealed class LimitsTests(SecuredApi api) : IClassFixture<SecuredApi>
{
    private const string Query = """{ entity(id: "gov:venezuela") { id } }""";

    [Fact]
    public async Task A_key_over_its_rate_is_429_with_retry_after_and_other_keys_are_not_affected()
    {
        await using var host = Host(new() { ["Timeline:RateLimit:Burst"] = "3", ["Timeline:RateLimit:RequestsPerSecond"] = "1" });
        var busy = await api.Keys.IssueAsync(ApiKeyRole.Reader, "rate limited");
        (await SecuredApi.Send(host, Query, apiKey: api.ReaderKey)).AssertOk(); // warm the host up

        // Twelve requests at once against a bucket of three: most are refused, however slow the machine.
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => SecuredApi.SendRaw(host, Query, apiKey: busy)));
        try
        {
            var codes = responses.Select(r => r.StatusCode).ToList();
            Assert.InRange(codes.Count(c => c == HttpStatusCode.OK), 1, 5);
            Assert.True(codes.Count(c => c == HttpStatusCode.TooManyRequests) >= 7, string.Join(", ", codes));
            var limited = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            var body = await GraphQLResponse.ReadAsync(limited);
            Assert.Equal(["RATE_LIMITED"], body.ErrorCodes);
            Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, limited.Headers.RetryAfter?.ToString());
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
        // Another key has its own bucket.
        (await SecuredApi.Send(host, Query, apiKey: api.WriterKey)).AssertOk();

        // Anonymous and refused callers are limited by address, so guessing keys is throttled too.
        var guesses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => SecuredApi.Send(host, Query, apiKey: "tlk_000000000000_guess" + i)));
        Assert.Contains(guesses, g => g.Status == HttpStatusCode.TooManyRequests);
        Assert.All(guesses, g => Assert.True(g.Status is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, g.ToString()));

        Assert.Equal(HttpStatusCode.OK, (await host.CreateAnonymousClient().GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_query_over_its_time_limit_is_cancelled_with_504_query_timeout()
    {
        // The host's Neo4j requests pass through a handler that holds the read until the API cancels it, so the limit passes
        // on any machine (a 1 ms limit alone was outrun by a fast machine's read). A bearer token: no key look-up is held.
        using var held = new HeldNeo4jRequests();
        var reader = TestJwt.Create("query-timeout-test", ApiKeyRole.Reader);
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(api.Server.Options,
            new Dictionary<string, string?>(TestJwt.Settings) { ["Timeline:Limits:QueryTimeout"] = "00:00:00.500" }), api.Logs, bearer: reader,
            services: services => services.AddSingleton(sp => new Neo4jClient(sp.GetRequiredService<IOptions<Neo4jOptions>>().Value, held)));
        _ = host.Services; // started: its schema check at start-up is not held

        // On a busy machine the limit may pass before the read is even sent: a 504 all the same.
        held.Armed = true;
        var response = await SecuredApi.Send(host, """{ timeline(first: 100) { nodes { ... on Event { id participants { entity { id name } } } } } }""",
            bearer: reader);
        Assert.True(response.Status == HttpStatusCode.GatewayTimeout, response.ToString());
        Assert.Equal(["QUERY_TIMEOUT"], response.ErrorCodes);
        Assert.Contains("limit of 0.5 s", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
        (await SecuredApi.Send(api.Factory, Query, apiKey: api.ReaderKey)).AssertOk();
    }

    [Fact]
    public async Task An_ingest_over_its_time_limit_writes_nothing_and_is_audited_as_failed()
    {
        // The document names an existing entity that a transaction of the test holds: its write waits for that lock until
        // the limit passes, on any machine. Cancelling the request rolls the ingest's transaction back on the server.
        var held = TestIds.New("person:");
        var doc = new GeneratedDocument(entities: 2, events: 4, sharedEntities: [held]);
        var db = api.Server.Client;
        await db.RunAsync("CREATE (:Entity:Person {id: $id, kind: 'Person', name: 'Held by the test'})", new Dictionary<string, object?> { ["id"] = held });
        await using var host = Host(new() { ["Timeline:Limits:IngestTimeout"] = "00:00:02" });
        var client = (Timeline.Neo4j.Neo4jClient)host.Services.GetService(typeof(Timeline.Neo4j.Neo4jClient))!;
        var started = false;
        client.RequestSending += statements => started |= statements.Any(s => s.Text.Contains("MERGE (n:Entity", StringComparison.Ordinal));
        try
        {
            await using (var blocker = await db.BeginTransactionAsync())
            {
                await blocker.RunAsync("MATCH (n:Entity {id: $id}) SET n.heldByTest = true", new Dictionary<string, object?> { ["id"] = held });
                var response = await SecuredApi.Send(host, "mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok } }",
                    new { d = doc.Variable() }, apiKey: api.WriterKey);
                Assert.True(response.Status == HttpStatusCode.GatewayTimeout, response.ToString());
                Assert.Equal(["QUERY_TIMEOUT"], response.ErrorCodes);
                await blocker.RollbackAsync();
            }
            Assert.Equal(0L, await GraphIds.CountAsync(db, doc.Ids));
            var outcomes = (await db.RunAsync("MATCH (a:IngestAudit {sourceId: $id}) RETURN a.outcome AS outcome",
                new Dictionary<string, object?> { ["id"] = doc.SourceId })).Records.Select(r => r.Get<string>("outcome")).ToList();
            // An ingest the limit cut short is audited as failed; on a very busy machine the limit can pass before the
            // ingest even began writing, and then there was no attempt to record.
            Assert.Equal(started ? ["failed"] : [], outcomes);
        }
        finally
        {
            await GraphIds.DeleteAsync(db, doc.Ids.Append(held), doc.SourceId);
        }
    }

    [Fact]
    public void No_request_to_neo4j_is_cut_off_before_the_request_limits_pass()
    {
        // A 1-second Neo4j request timeout would report an ingest still writing within its 2-minute limit as "Neo4j
        // unavailable" (503) and abandon its transaction; the host raises it to its longest request limit.
        using var host = Host(new()
        {
            ["Neo4j:RequestTimeout"] = "00:00:01", ["Timeline:Limits:QueryTimeout"] = "00:00:30", ["Timeline:Limits:IngestTimeout"] = "00:03:00",
        });
        var options = ((Microsoft.Extensions.Options.IOptions<Timeline.Neo4j.Neo4jOptions>)host.Services
            .GetService(typeof(Microsoft.Extensions.Options.IOptions<Timeline.Neo4j.Neo4jOptions>))!).Value;
        Assert.Equal(TimeSpan.FromMinutes(3), options.RequestTimeout);
    }

    [Fact]
    public async Task The_request_size_limit_is_configurable()
    {
        await using var host = Host(new() { ["GraphQL:Limits:MaxRequestBytes"] = "2000" });
        var doc = new TestDocument();
        var response = await SecuredApi.Send(host, "mutation($d: IngestDocumentInput!) { ingestDocument(document: $d) { ok } }",
            new { d = JsonDocument.Parse(doc.Json.ToJsonString()).RootElement, padding = new string('x', 3000) }, apiKey: api.WriterKey);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    private TimelineApiFactory Host(Dictionary<string, string?> settings)
    {
        settings["Timeline:Auth:KeyCacheSeconds"] = "0";
        return new TimelineApiFactory(TimelineApiFactory.Settings(api.Server.Options, settings), api.Logs);
    }
}
