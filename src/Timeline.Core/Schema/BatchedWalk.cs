using System.Diagnostics;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Schema;

/// <summary>The shape of a resumable data step: the nodes of some labels, label by label in id order, a batch per
/// transaction, each batch committed with its position (<c>label␟id</c>) so that a run cut short goes on from there.</summary>
/// <param name="Description">What progress reports count ("name suffixes (entities)").</param>
/// <param name="Labels">The labels walked, in order.</param>
/// <param name="Columns">What each row returns besides <c>id</c> (a Cypher projection of <c>n</c>, e.g. <c>n.searchKeys AS keys</c>), or empty.</param>
/// <param name="Write">The statements that do a batch's work, from its rows.</param>
/// <remarks>The walk's own text names only the model's labels and properties; its values are parameters.</remarks>
public sealed record BatchedWalk(string Description, IReadOnlyList<string> Labels, string Columns,
    Func<IReadOnlyList<Neo4jRecord>, IEnumerable<Statement>> Write)
{
    /// <summary>Nodes per transaction, unless a walk says otherwise (<see cref="BatchSize"/>).</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Nodes per transaction.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Nodes read per query (whole batches, at least one): the walk's read sorts every node after the position
    /// (Neo4j 3.1 cannot read an index in order), so reading one batch per query made a walk quadratic in the nodes
    /// (migration 011 on the 132,170 anchors of a 10k-document graph with nothing to rebuild: 62 s, now 27 s — the batches'
    /// own statements; the sorting grows with the square of the nodes).</summary>
    public int ReadSize { get; init; } = 20_000;

    private const char Separator = '\u001f';

    /// <summary>The position saved after the node <paramref name="id"/> of <paramref name="label"/>.</summary>
    public static string Position(string label, string id) => label + Separator + id;

    /// <summary>The walk as a migration's data step.</summary>
    public DataStep Step => RunAsync;

    private async Task RunAsync(Neo4jClient client, string? resumeAfter, Func<string, Statement> save,
        IProgress<MigrationProgress>? progress, CancellationToken ct)
    {
        // An older position (an id alone) is in the first label.
        var (startLabel, after) = resumeAfter?.Split(Separator) is [var l, var id] ? (l, id) : (Labels[0], resumeAfter ?? "");
        var clock = Stopwatch.StartNew();
        var remaining = Labels.SkipWhile(l => l != startLabel).ToList();
        long total = 0, done = 0;
        for (var i = 0; i < remaining.Count; i++)
            total += (await client.RunAsync($"MATCH (n:{remaining[i]}) WHERE n.{GraphProperties.Id} > $after RETURN count(n) AS n",
                new Dictionary<string, object?> { ["after"] = i == 0 ? after : "" }, ct)).Records[0].Get<long>("n");
        foreach (var label in remaining)
        {
            var read = $"""
                MATCH (n:{label}) WHERE n.{GraphProperties.Id} > $after
                WITH n ORDER BY n.{GraphProperties.Id} LIMIT $limit
                RETURN n.{GraphProperties.Id} AS id{(Columns.Length == 0 ? "" : ", " + Columns)}
                """;
            var readSize = Math.Max(1, ReadSize / BatchSize) * BatchSize; // whole batches
            while (true)
            {
                var ids = (await client.RunAsync(read, new Dictionary<string, object?> { ["after"] = after, ["limit"] = readSize }, ct)).Records;
                foreach (var batch in ids.Chunk(BatchSize))
                {
                    after = batch[^1].Get<string>("id");
                    // One request: the batch and its position commit together.
                    await client.RunAsync([.. Write(batch), save(Position(label, after))], ct);
                    done += batch.Length;
                    progress?.Report(new MigrationProgress(Description, done, total, clock.Elapsed));
                }
                if (ids.Count < readSize) break;
            }
            after = "";
        }
    }
}
