using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Schema;

/// <summary>Applies the migrations the server has not recorded yet, in order, and records each one as a
/// <c>(:SchemaMigration {id, appliedAt})</c> node. Safe to run at every start-up and from the CLI:
/// every statement is idempotent, so a migration interrupted half-way simply runs again.</summary>
public sealed class SchemaMigrator(Neo4jClient client, OntologyModel ontology)
{
    // A migration whose data step was cut short has a node with its position (resumeAfter) and no appliedAt.
    private const string AppliedQuery = $"MATCH (m:{GraphLabels.SchemaMigration}) RETURN m.id AS id, m.appliedAt IS NOT NULL AS applied, m.resumeAfter AS resumeAfter";
    private const string RecordQuery = $"MERGE (m:{GraphLabels.SchemaMigration} {{id: $id}}) SET m.appliedAt = coalesce(m.appliedAt, $appliedAt) REMOVE m.resumeAfter";
    private const string SaveQuery = $"MERGE (m:{GraphLabels.SchemaMigration} {{id: $id}}) SET m.resumeAfter = $after";

    /// <summary>Applies what is missing; returns the ids applied by this call (empty when up to date). A data step reports
    /// its progress to <paramref name="progress"/> and, cut short, goes on where it stopped at the next call.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default, IProgress<MigrationProgress>? progress = null)
    {
        var server = await client.GetServerInfoAsync(ct);
        var migrations = MigrationCatalog.For(SchemaDialects.For(server), ontology);
        var recorded = (await client.RunAsync(AppliedQuery, null, ct)).Records
            .ToDictionary(r => r.Get<string>("id"), r => (Applied: r.Get<bool>("applied"), ResumeAfter: r.Get<string?>("resumeAfter")), StringComparer.Ordinal);

        var newlyApplied = new List<string>();
        foreach (var migration in migrations.Where(m => !(recorded.TryGetValue(m.Id, out var r) && r.Applied)))
        {
            foreach (var statement in migration.Statements)
                await client.RunAsync(statement, null, ct);
            if (migration.Data is { } data)
            {
                await data(client, recorded.GetValueOrDefault(migration.Id).ResumeAfter,
                    after => new Statement(SaveQuery, new Dictionary<string, object?> { ["id"] = migration.Id, ["after"] = after }), progress, ct);
            }
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
