using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Schema;

/// <summary>Applies the migrations the server has not recorded yet, in order, and records each one as a
/// <c>(:SchemaMigration {id, appliedAt})</c> node. Safe to run at every start-up and from the CLI:
/// every statement is idempotent, so a migration interrupted half-way simply runs again.</summary>
public sealed class SchemaMigrator(Neo4jClient client, OntologyModel ontology)
{
    private const string AppliedQuery = $"MATCH (m:{GraphLabels.SchemaMigration}) RETURN m.id AS id";
    private const string RecordQuery = $"MERGE (m:{GraphLabels.SchemaMigration} {{id: $id}}) ON CREATE SET m.appliedAt = $appliedAt";

    /// <summary>Applies what is missing; returns the ids applied by this call (empty when up to date).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        var server = await client.GetServerInfoAsync(ct);
        var migrations = MigrationCatalog.For(SchemaDialects.For(server), ontology);
        var applied = (await client.RunAsync(AppliedQuery, null, ct)).Records
            .Select(r => r.Get<string>("id"))
            .ToHashSet(StringComparer.Ordinal);

        var newlyApplied = new List<string>();
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Id)))
        {
            foreach (var statement in migration.Statements)
                await client.RunAsync(statement, null, ct);
            await client.RunAsync(RecordQuery, new Dictionary<string, object?>
            {
                ["id"] = migration.Id,
                ["appliedAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            }, ct);
            newlyApplied.Add(migration.Id);
        }
        return newlyApplied;
    }
}
