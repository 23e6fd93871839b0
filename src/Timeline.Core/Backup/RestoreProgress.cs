namespace Timeline.Core.Backup;

/// <summary>How far a restore is: <paramref name="Done"/> of <paramref name="Total"/> steps, the last one
/// <paramref name="Step"/>, after <paramref name="Elapsed"/>.</summary>
public sealed record RestoreProgress(int Done, int Total, ReplayStep Step, TimeSpan Elapsed)
{
    /// <summary>Steps (mostly documents) per second so far.</summary>
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>The time the remaining steps will take at the rate so far (null before there is a rate).</summary>
    public TimeSpan? Remaining => PerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / PerSecond) : null;
}
