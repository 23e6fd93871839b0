using System.Net;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Faults;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Timeline.Testing;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Hosting;

/// <summary>A Neo4j server of this class's own (<c>neo4j-local --instance migrate-&lt;pid&gt;</c>), empty, so that it can be
/// down when an API starts and the schema the API applies is all there is.</summary>
public sealed class MigrationNeo4j() : PrivateNeo4j("migrate");

/// <summary>An API started while Neo4j is down applies the schema migrations by itself once Neo4j answers: no restart.</summary>
public sealed class MigrationRetryTests(MigrationNeo4j neo4j) : IClassFixture<MigrationNeo4j>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task An_api_started_while_neo4j_is_down_applies_the_migrations_once_neo4j_answers()
    {
        // What this server's dialect has to apply, asked while it is up and still without a schema.
        List<string> expected;
        await using (var probe = neo4j.CreateClient())
        {
            var server = await probe.GetServerInfoAsync();
            expected = [.. MigrationCatalog.For(SchemaDialects.For(server), OntologyModel.Default).Select(m => m.Id).Order(StringComparer.Ordinal)];
            Assert.Empty(await AppliedAsync(probe));
        }
        await neo4j.KillAsync();

        var logs = new CapturedLogs();
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(neo4j.Options, new Dictionary<string, string?>
        {
            ["Neo4j:ConnectTimeout"] = "00:00:02",
            ["Timeline:Migrations:RetryInterval"] = "00:00:01",
        }), logs);
        using var http = host.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Contains(logs.Entries, e => e.Message.StartsWith("Schema migrations not applied, Neo4j is unavailable", StringComparison.Ordinal));

        await neo4j.StartAsync();

        await using var db = neo4j.CreateClient();
        // The migrations are recorded in the graph before the host logs that it applied them: wait for both.
        bool Logged() => logs.Entries.Any(e => e.Message.StartsWith("Applied schema migrations: ", StringComparison.Ordinal));
        var applied = await WaitForAsync(db, expected.Count, Logged);
        Assert.Equal(expected, applied);
        Assert.True(Logged(), "The host did not log the migrations it applied.");
        // The schema is in force: a second entity with the same id is refused by the identity constraint.
        var id = new Dictionary<string, object?> { ["id"] = "person:only-one" };
        await db.RunAsync("CREATE (:Entity {id: $id})", id);
        var duplicate = await Assert.ThrowsAsync<Neo4jClientException>(() => db.RunAsync("CREATE (:Entity {id: $id})", id));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", duplicate.Code);
    }

    private static async Task<List<string>> AppliedAsync(Neo4jClient db) =>
        [.. (await db.RunAsync("MATCH (m:SchemaMigration) RETURN m.id AS id")).Records.Select(r => r.Get<string>("id")).Order(StringComparer.Ordinal)];

    // The host retries on its own; this only looks until every migration is recorded and the host has said so (the server
    // may still be starting).
    private static async Task<List<string>> WaitForAsync(Neo4jClient db, int count, Func<bool> logged)
    {
        List<string> applied = [];
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                applied = await AppliedAsync(db);
            }
            catch (Neo4jUnavailableException)
            {
            }
            return applied.Count >= count && logged();
        }, "the schema migrations to be recorded and logged", Patience);
        return applied;
    }
}
