using Timeline.Neo4j;

namespace Timeline.Core.Ingest.Writing;

/// <summary>A bulk batch's held-back writes, so that many documents' are written at once — a hub's item list and its
/// sources list rewritten once per batch, not once per document — yet with the graph that writing each document's with it
/// gives: the derived structure (<see cref="IngestStatements.DerivedOf"/>) and the sources lists of entities and relations
/// (<see cref="HeldSourceLists"/>). All of them only ever add: the name suffixes are the same whenever they are written,
/// sources are appended in ingest order whenever they are, and an item is listed under its anchors at its date at the time
/// of writing, so a listing held back lands the same unless a later document of the batch moves one of its items. So the
/// held-back writes are written just before a document that could (<see cref="Before"/>: one that gives a pending item
/// another date), before a source's changed version takes the old one's support away (the removal reads the sources lists,
/// and deletes what is left without a source: <see cref="Flush"/>, called by the writer), and at the end of the
/// batch.</summary>
internal sealed class DeferredWrites
{
    private readonly List<WrittenDocument> _pending = [];
    private readonly Dictionary<string, string?> _pendingDates = new(StringComparer.Ordinal);
    private readonly HeldSourceLists _sources = new();

    /// <summary>The pending writes that must land before a document whose items get <paramref name="itemDates"/>
    /// (<see cref="IngestStatements.ItemDates"/>) is written; none when it moves no pending item.</summary>
    public IReadOnlyList<Statement> Before(IReadOnlyDictionary<string, string?> itemDates) =>
        itemDates.Any(d => _pendingDates.TryGetValue(d.Key, out var pending) && pending != d.Value) ? Flush() : [];

    /// <summary>Holds back the derived writes and the sources of a document just written (its items at
    /// <paramref name="itemDates"/>).</summary>
    public void Add(WrittenDocument written, IReadOnlyDictionary<string, string?> itemDates)
    {
        _pending.Add(written);
        _sources.Add(written.Document);
        foreach (var (id, date) in itemDates)
            _pendingDates[id] = date;
    }

    /// <summary>Every pending write (none pending after it): the sources first, then the derived structure.</summary>
    public IReadOnlyList<Statement> Flush()
    {
        var statements = _sources.Flush().Concat(_pending.Count == 0 ? [] : IngestStatements.DerivedOf(_pending)).ToList();
        _pending.Clear();
        _pendingDates.Clear();
        return statements;
    }
}
