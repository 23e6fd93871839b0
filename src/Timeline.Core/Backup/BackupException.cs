namespace Timeline.Core.Backup;

/// <summary>A backup or restore refused or stopped, with a message that says what and where. <see cref="Incomplete"/> lists
/// the sources a backup could not include.</summary>
public sealed class BackupException(string message, IReadOnlyList<IncompleteSource>? incomplete = null) : Exception(message)
{
    /// <summary>Sources without a kept document or an ingest record (a refused backup), else empty.</summary>
    public IReadOnlyList<IncompleteSource> Incomplete { get; } = incomplete ?? [];
}
