namespace Timeline.Core.Ingest.Writing;

/// <summary>A document as written (the editors' corrections applied), with the search keys and nameKeys its entities had in
/// the graph just before: what its derived structure is made of (<see cref="IngestStatements.DerivedOf"/>).</summary>
/// <param name="Removed">The document was a changed version whose removal of the old one's support ran first: that removal
/// may have changed its entities' keys and names after they were read, so each is taken as changed.</param>
internal sealed record WrittenDocument(ValidatedDocument Document, IReadOnlyDictionary<string, IReadOnlySet<string>> KnownKeys,
    IReadOnlyDictionary<string, string> NameKeys, bool Removed = false)
{
    /// <summary>Whether entity <paramref name="entityId"/> had the search key <paramref name="key"/> already.</summary>
    public bool Has(string entityId, string key) => KnownKeys.TryGetValue(entityId, out var keys) && keys.Contains(key);

    /// <summary>Whether writing the entity <paramref name="entityId"/> with <paramref name="nameKey"/> and <paramref name="keys"/>
    /// may change what it was: a key it did not have, another nameKey, or a removal before.</summary>
    public bool Changes(string entityId, string nameKey, IEnumerable<string> keys) =>
        Removed || !NameKeys.TryGetValue(entityId, out var known) || known != nameKey || keys.Any(k => !Has(entityId, k));
}
