using System.Diagnostics;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Xunit.Abstractions;

namespace Timeline.IntegrationTests.Faults;

/// <summary>The server-side transaction limit that <c>neo4j-local</c> configures: a query that would run for minutes is
/// stopped by Neo4j itself (so a caller that went away does not leave it burning CPU), the client reports it as its own
/// error type, the API answers QUERY_TIMEOUT, and the server goes on answering.</summary>
public sealed class ServerTimeoutTests(TimeoutNeo4j neo4j, ITestOutputHelper output) : IClassFixture<TimeoutNeo4j>
{
    // 150 countries, every pair allied: neighbors to depth 3 enumerate ~150³ paths, minutes of work on this server.
    private const string Clique = """
        UNWIND range(0, 149) AS i
        CREATE (c:Entity:Country {id: 'country:clique-' + i, kind: 'Country', name: 'Clique ' + i})
        WITH collect(c) AS countries
        UNWIND countries AS a
        UNWIND countries AS b
        WITH a, b WHERE a.id < b.id
        CREATE (a)-[:ALLIED_WITH]->(b)
        """;

    [Fact]
    public async Task A_query_past_the_server_limit_is_stopped_and_answered_with_QUERY_TIMEOUT()
    {
        await using (var client = neo4j.CreateClient())
            await client.RunAsync(Clique);

        var reader = TestJwt.Create("timeout-test", ApiKeyRole.Reader);
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(neo4j.Options, new Dictionary<string, string?>(TestJwt.Settings)
        {
            ["Timeline:Limits:QueryTimeout"] = "00:02:00",
        }), bearer: reader);

        Statement? sent = null;
        ((Neo4jClient)host.Services.GetService(typeof(Neo4jClient))!).RequestSending += statements =>
            sent ??= statements.FirstOrDefault(st => st.Text.Contains("neighbor", StringComparison.Ordinal));

        var clock = Stopwatch.StartNew();
        var answer = await SecuredApi.Send(host, """{ entity(id: "country:clique-0") { neighbors(depth: 3, first: 5) { id } } }""", bearer: reader);
        output.WriteLine($"answered after {clock.ElapsedMilliseconds} ms: {answer.Body}");

        Assert.Equal(System.Net.HttpStatusCode.GatewayTimeout, answer.Status);
        Assert.Equal(["QUERY_TIMEOUT"], answer.ErrorCodes);
        Assert.Contains("time limit", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("MATCH", answer.Body, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the server limit is 2 s; the answer took {clock.Elapsed}");

        // The same statement straight through the client: its own error type, not retried, not a generic database error.
        await using (var client = neo4j.CreateClient())
        {
            var statement = sent ?? throw new InvalidOperationException("The API sent no neighbors statement.");
            await Assert.ThrowsAsync<Neo4jTransactionTimeoutException>(() => client.RunAsync(statement.Text, statement.Parameters));
            Assert.Equal(150L, (await client.RunAsync("MATCH (n:Entity) RETURN count(n) AS n")).Records[0].Get<long>("n"));
        }
    }
}
