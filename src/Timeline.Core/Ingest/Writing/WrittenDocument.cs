namespace Timeline.Core.Ingest.Writing;

/// <summary>A document as written (the editors' corrections applied), with the search keys its entities had in the graph just
/// before: what its derived structure is made of (<see cref="IngestStatements.DerivedOf"/>).</summary>
internal sealed record WrittenDocument(ValidatedDocument Document, IReadOnlyDictionary<string, IReadOnlySet<string>> KnownKeys)
{
    /// <summary>Whether entity <paramref name="entityId"/> had the search key <paramref name="key"/> already.</summary>
    public bool Has(string entityId, string key) => KnownKeys.TryGetValue(entityId, out var keys) && keys.Contains(key);
}
