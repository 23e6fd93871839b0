using System.Text.RegularExpressions;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.IntegrationTests.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>Schema migrations on an empty database: every rule created, each migration recorded, a second run applies nothing,
/// and the id constraint holds across kinds. (The scratch server is the local Neo4j 3.1, so this checks the v3 dialect.)</summary>
[Collection(ScratchGraphCollection.Name)]
public sealed partial class MigrationTests(ScratchNeo4j neo4j) : IAsyncLifetime
{
    // Read by hand off cypher/schema/v3/*.cypher and the kinds of ontology.yaml (one nameKey index per kind).
    private static readonly string[] MigrationFiles = ["001_identity", "002_time_and_search", "003_security", "004_curation", "005_corrections", "006_merge", "007_name_suffixes", "008_item_lists", "012_name_suffix_entity", "015_name_prefixes"];
    private static readonly string[] UniqueIds = ["ApiKey.id", "Change.id", "Correction.factId", "Entity.id", "Event.id", "IngestAudit.id", "ItemBucket.key", "ItemList.key", "MergedId.id", "NamePrefix.key", "NameSuffix.key", "SchemaMigration.id", "Source.id", "SourceDocument.sourceId", "Statement.id"];
    private static readonly string[] Indexes =
    [
        "Change(sourceId)", "Country(nameKey)", "Entity(nameKey)", "Event(earliest)", "Government(nameKey)", "IngestAudit(sourceId)", "MergeSnapshot(_merge)", "MergedId(into)", "NameSuffix(entity)", "Organization(nameKey)",
        "Person(nameKey)", "Place(nameKey)", "Statement(earliest)", "Vessel(nameKey)",
    ];

    public Task InitializeAsync() => neo4j.EmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_empty_database_gets_every_rule_and_a_record_of_each_migration_and_a_second_run_applies_nothing()
    {
        // The migrator's Cypher joins the Cypher 5 check; the test's own 3.x schema reads (db.constraints()) do not.
        await using var client = ProjectCypher.Observe(neo4j.CreateClient(), nameof(MigrationTests));
        await using var db = neo4j.CreateClient();
        var migrator = new SchemaMigrator(client, OntologyModel.Default);

        var applied = await migrator.MigrateAsync();

        string[] built = [NameSuffixBuild.Id, NameSuffixRanks.Id, NameSuffixKinds.Id, ItemListBuild.Id, RelationListBuild.Id, RelationListExact.Id, ItemListExact.Id, NamePrefixBuild.Id];
        Assert.Equal([.. MigrationFiles, .. built], applied.Take(MigrationFiles.Length + built.Length));
        Assert.StartsWith("ontology-", Assert.Single(applied.Skip(MigrationFiles.Length + built.Length)), StringComparison.Ordinal);
        var recorded = await db.RunAsync("MATCH (m:SchemaMigration) RETURN m.id AS id, m.appliedAt AS at");
        Assert.Equal(applied.Order(StringComparer.Ordinal), recorded.Records.Select(r => r.Get<string>("id")).Order(StringComparer.Ordinal));
        Assert.All(recorded.Records, r => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", r.Get<string>("at")));

        var constraints = await db.RunAsync("CALL db.constraints() YIELD description RETURN description");
        Assert.Equal(UniqueIds, constraints.Records.Select(r => UniqueProperty(r.Get<string>("description"))).Order(StringComparer.Ordinal));
        var indexes = await db.RunAsync("CALL db.indexes() YIELD description, type WHERE type = 'node_label_property' RETURN description");
        Assert.Equal(Indexes, indexes.Records.Select(r => r.Get<string>("description").Replace("INDEX ON :", "")).Order(StringComparer.Ordinal));

        Assert.Empty(await migrator.MigrateAsync());
    }

    [Fact]
    public async Task The_id_constraint_holds_across_entity_kinds()
    {
        await using var client = neo4j.CreateClient();
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync();
        await client.RunAsync("CREATE (:Entity:Person {id: 'person:one'})");

        var ex = await Assert.ThrowsAsync<Timeline.Neo4j.Neo4jClientException>(() => client.RunAsync("CREATE (:Entity:Country {id: 'person:one'})"));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", ex.Code);
        Assert.Equal(1L, (await client.RunAsync("MATCH (n:Entity) RETURN count(n) AS n")).Single().Get<long>("n"));
    }

    [Fact]
    public void The_dialect_follows_the_server_version()
    {
        Assert.Equal(SchemaDialect.V3, SchemaDialects.For(new Timeline.Neo4j.ServerInfo("3.1.1", 3, "community", new Uri("http://x/db/data/transaction"))));
        Assert.Equal(SchemaDialect.V5, SchemaDialects.For(new Timeline.Neo4j.ServerInfo("5.26.0", 5, "community", new Uri("http://x/db/neo4j/tx"))));
    }

    /// <summary>"CONSTRAINT ON ( entity:Entity ) ASSERT entity.id IS UNIQUE" → "Entity"; anything else fails the test.</summary>
    private static string UniqueProperty(string description)
    {
        var match = UniqueConstraint().Match(description);
        Assert.True(match.Success, $"Unexpected constraint: {description}");
        return match.Groups["label"].Value + "." + match.Groups["property"].Value;
    }

    [GeneratedRegex(@"^CONSTRAINT ON \( (?<var>\w+):(?<label>\w+) \) ASSERT \k<var>\.(?<property>\w+) IS UNIQUE$")]
    private static partial Regex UniqueConstraint();
}
