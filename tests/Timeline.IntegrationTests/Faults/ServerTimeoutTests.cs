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
    private const int Countries = 150;

    [Fact]
    public async Task A_query_past_the_server_limit_is_stopped_and_answered_with_QUERY_TIMEOUT()
    {
        await BuildCliqueAsync();

        var reader = TestJwt.Create("timeout-test", ApiKeyRole.Reader);
        // The API's own limit only bounds a hang here: the answer must come from the server's 2-second limit.
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(neo4j.Options, new Dictionary<string, string?>(TestJwt.Settings)
        {
            ["Timeline:Limits:QueryTimeout"] = "00:10:00",
        }), bearer: reader);

        Statement? sent = null;
        ((Neo4jClient)host.Services.GetService(typeof(Neo4jClient))!).RequestSending += statements =>
            sent ??= statements.FirstOrDefault(st => st.Text.Contains("neighbor", StringComparison.Ordinal));

        var answer = await SecuredApi.Send(host, """{ entity(id: "country:clique-0") { neighbors(depth: 3, first: 5) { id } } }""", bearer: reader);
        output.WriteLine(answer.Body);

        Assert.Equal(System.Net.HttpStatusCode.GatewayTimeout, answer.Status);
        Assert.Equal(["QUERY_TIMEOUT"], answer.ErrorCodes);
        Assert.Contains("graph database's time limit", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("MATCH", answer.Body, StringComparison.Ordinal);

        // The same statement straight through the client: its own error type, not retried, not a generic database error.
        await using var client = neo4j.CreateClient();
        var statement = sent ?? throw new InvalidOperationException("The API sent no neighbors statement.");
        await Assert.ThrowsAsync<Neo4jTransactionTimeoutException>(() => client.RunAsync(statement.Text, statement.Parameters));
        Assert.Equal((long)Countries, (await client.RunAsync("MATCH (n:Entity) RETURN count(n) AS n")).Records[0].Get<long>("n"));
    }

    /// <summary>150 countries, every pair allied: neighbors to depth 3 enumerate ~150³ paths, minutes of work on this server.
    /// Written in one small transaction per country, each far below the server's 2-second limit even on a busy machine;
    /// one that is stopped anyway wrote nothing and is simply sent again.</summary>
    private async Task BuildCliqueAsync()
    {
        await using var client = neo4j.CreateClient();
        // Migrated first, as a deployed graph is before its data: the clique, written straight in Cypher, leaves the API's
        // start-up no data step to run (listing its 11,175 relations is no part of this test, and not within 2 seconds).
        await new Timeline.Core.Schema.SchemaMigrator(client, Timeline.Core.Ontology.OntologyModel.Default).MigrateAsync();
        await OnceWithinTheLimitAsync(client, "UNWIND range(0, $last) AS i CREATE (:Entity:Country {id: 'country:clique-' + i, kind: 'Country', name: 'Clique ' + i})",
            new Dictionary<string, object?> { ["last"] = Countries - 1 });
        for (var i = 0; i < Countries - 1; i++)
        {
            await OnceWithinTheLimitAsync(client, """
                MATCH (a:Country {id: 'country:clique-' + $i})
                UNWIND range($i + 1, $last) AS j
                MATCH (b:Country {id: 'country:clique-' + j})
                CREATE (a)-[:ALLIED_WITH]->(b)
                """, new Dictionary<string, object?> { ["i"] = i, ["last"] = Countries - 1 });
        }
    }

    private static async Task OnceWithinTheLimitAsync(Neo4jClient client, string cypher, IReadOnlyDictionary<string, object?> parameters)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.RunAsync(cypher, parameters);
                return;
            }
            catch (Neo4jTransactionTimeoutException) when (attempt < 5)
            {
            }
        }
    }
}
