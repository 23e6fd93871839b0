using Timeline.Neo4j;

namespace Timeline.Core.Schema;

/// <summary>One named, idempotent unit of schema change: its statements run in order, each on its own,
/// because Neo4j refuses schema and data changes in one transaction. A migration may also carry a <see cref="DataStep"/>
/// that writes what an older graph lacks (run after its statements, before it is recorded as applied).</summary>
public sealed record SchemaMigration(string Id, IReadOnlyList<string> Statements, DataStep? Data = null);

/// <summary>The data part of a migration: resumable (it reads its own position from <paramref name="resumeAfter"/> and
/// saves it with each batch through <paramref name="save"/>, in the batch's transaction) and idempotent.</summary>
/// <param name="client">The database.</param>
/// <param name="resumeAfter">Where a run cut short stopped (null: from the start).</param>
/// <param name="save">The statement that records a position, to commit with the batch that reached it.</param>
/// <param name="progress">Receives each batch's progress.</param>
/// <param name="ct">Cancellation.</param>
public delegate Task DataStep(Neo4jClient client, string? resumeAfter, Func<string, Statement> save,
    IProgress<MigrationProgress>? progress, CancellationToken ct);

/// <summary>How far a migration's data step is: <paramref name="Done"/> of <paramref name="Total"/> items.</summary>
public sealed record MigrationProgress(string Migration, long Done, long Total, TimeSpan Elapsed)
{
    /// <summary>Items per second so far.</summary>
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>"name suffixes (entities): 1,000/20,000 (250.0/s, ETA 00:01:16)".</summary>
    public override string ToString()
    {
        var eta = PerSecond > 0 && Done < Total ? $", ETA {TimeSpan.FromSeconds((Total - Done) / PerSecond):hh\\:mm\\:ss}" : "";
        return $"{Migration}: {Done:N0}/{Total:N0} ({PerSecond:0.0}/s{eta})";
    }
}
