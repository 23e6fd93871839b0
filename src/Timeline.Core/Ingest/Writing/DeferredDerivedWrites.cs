using Timeline.Neo4j;

namespace Timeline.Core.Ingest.Writing;

/// <summary>A bulk batch's derived writes (<see cref="IngestStatements.DerivedOf"/>), held back so that many documents'
/// are written at once — a hub's item list is rewritten once per batch, not once per document — yet with the graph that
/// writing each document's with it gives. Both derived structures only ever add: the name suffixes are the same whenever they
/// are written, and an item is listed under its anchors at its date at the time of writing, so a listing held back lands the
/// same unless a later document of the batch moves one of its items. So the held-back writes are written just before a
/// document that could: one that gives a pending item another date, or that replaces a known source's version (whose
/// removal may delete or move items of the earlier documents); the rest at the end of the batch (<see cref="Flush"/>).</summary>
internal sealed class DeferredDerivedWrites
{
    private readonly List<WrittenDocument> _pending = [];
    private readonly Dictionary<string, string?> _pendingDates = new(StringComparer.Ordinal);

    /// <summary>The pending writes that must land before a document whose items get <paramref name="itemDates"/>
    /// (<see cref="IngestStatements.ItemDates"/>) is written (<paramref name="replacesSource"/>: it is a new version of a
    /// source the graph holds); none when it moves no pending item.</summary>
    public IReadOnlyList<Statement> Before(IReadOnlyDictionary<string, string?> itemDates, bool replacesSource) =>
        replacesSource || itemDates.Any(d => _pendingDates.TryGetValue(d.Key, out var pending) && pending != d.Value) ? Flush() : [];

    /// <summary>Holds back the derived writes of a document just written (its items at <paramref name="itemDates"/>).</summary>
    public void Add(WrittenDocument written, IReadOnlyDictionary<string, string?> itemDates)
    {
        _pending.Add(written);
        foreach (var (id, date) in itemDates)
            _pendingDates[id] = date;
    }

    /// <summary>Every pending write (none pending after it).</summary>
    public IReadOnlyList<Statement> Flush()
    {
        var statements = _pending.Count == 0 ? [] : IngestStatements.DerivedOf(_pending).ToList();
        _pending.Clear();
        _pendingDates.Clear();
        return statements;
    }
}
