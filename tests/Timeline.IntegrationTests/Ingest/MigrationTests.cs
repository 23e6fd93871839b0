using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Schema migrations: recorded in the graph, idempotent, in the dialect the server speaks.</summary>
public sealed class MigrationTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task Migrations_are_recorded_and_a_second_run_applies_nothing()
    {
        await using var client = ProjectCypher.CreateClient(db.Server, nameof(MigrationTests));
        var migrator = new SchemaMigrator(client, OntologyModel.Default);
        await migrator.MigrateAsync();

        Assert.Empty(await migrator.MigrateAsync());
        var expected = MigrationCatalog.For(SchemaDialects.For(db.Server.Info), OntologyModel.Default).Select(m => m.Id);
        var recorded = await db.Client.RunAsync("MATCH (m:SchemaMigration) RETURN m.id AS id");
        Assert.Subset(recorded.Records.Select(r => r.Get<string>("id")).ToHashSet(), expected.ToHashSet());
    }

    [Fact]
    public async Task The_id_constraint_holds_for_every_entity_kind()
    {
        await using var client = ProjectCypher.CreateClient(db.Server, nameof(MigrationTests));
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        var id = TestIds.New("person:");
        try
        {
            await db.Client.RunAsync("CREATE (:Entity:Person {id: $id})", new Dictionary<string, object?> { ["id"] = id });
            var ex = await Assert.ThrowsAsync<Timeline.Neo4j.Neo4jClientException>(() =>
                db.Client.RunAsync("CREATE (:Entity:Country {id: $id})", new Dictionary<string, object?> { ["id"] = id }));
            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", ex.Code);
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(db.Client, [id]);
        }
    }

    [Fact]
    public void The_dialect_follows_the_server_version()
    {
        Assert.Equal(SchemaDialect.V3, SchemaDialects.For(new Timeline.Neo4j.ServerInfo("3.1.1", 3, "community", new Uri("http://x/db/data/transaction"))));
        Assert.Equal(SchemaDialect.V5, SchemaDialects.For(new Timeline.Neo4j.ServerInfo("5.26.0", 5, "community", new Uri("http://x/db/neo4j/tx"))));
    }
}
