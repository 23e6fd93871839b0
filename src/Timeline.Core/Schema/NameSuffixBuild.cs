using System.Diagnostics;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Schema;

/// <summary>Builds the name-suffix index (<see cref="NameSuffixes"/>) of a graph ingested before it existed: every entity's
/// suffixes, a batch of entities per transaction in id order, the batch's last id saved with it so that a run cut short goes
/// on from there. Adding a suffix twice changes nothing, so concurrent ingests (which write their own) do no harm.</summary>
public static class NameSuffixBuild
{
    /// <summary>Its migration id.</summary>
    public const string Id = "007_name_suffixes_build";

    /// <summary>Entities per transaction.</summary>
    public const int BatchSize = 500;

    private static readonly string CountEntities = $"MATCH (e:{GraphLabels.Entity}) WHERE e.{GraphProperties.Id} > $after RETURN count(e) AS n";

    private static readonly string ReadBatch = $"""
        MATCH (e:{GraphLabels.Entity}) WHERE e.{GraphProperties.Id} > $after
        WITH e ORDER BY e.{GraphProperties.Id} LIMIT $limit
        RETURN e.{GraphProperties.Id} AS id, coalesce(e.{GraphProperties.SearchKeys}, []) AS keys
        """;

    /// <summary>The migration (no schema statement: the constraint is 007_name_suffixes).</summary>
    public static SchemaMigration Migration { get; } = new(Id, [], RunAsync);

    private static async Task RunAsync(Neo4jClient client, string? resumeAfter, Func<string, Statement> save,
        IProgress<MigrationProgress>? progress, CancellationToken ct)
    {
        var after = resumeAfter ?? "";
        var clock = Stopwatch.StartNew();
        var total = (await client.RunAsync(CountEntities, new Dictionary<string, object?> { ["after"] = after }, ct)).Records[0].Get<long>("n");
        long done = 0;
        while (true)
        {
            var batch = (await client.RunAsync(ReadBatch, new Dictionary<string, object?> { ["after"] = after, ["limit"] = BatchSize }, ct)).Records
                .Select(r => (Id: r.Get<string>("id"), Keys: r.Get<List<string>>("keys")))
                .ToList();
            if (batch.Count == 0) return;
            after = batch[^1].Id;
            var statements = new List<Statement> { save(after) };
            if (NameSuffixes.Write(batch.Select(e => (e.Id, (IEnumerable<string>)e.Keys))) is { } write)
                statements.Insert(0, write);
            await client.RunAsync(statements, ct); // one request: the batch and its position commit together
            done += batch.Count;
            progress?.Report(new MigrationProgress("name suffixes (entities)", done, total, clock.Elapsed));
        }
    }
}
