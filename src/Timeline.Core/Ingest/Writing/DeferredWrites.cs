using Timeline.Core.Curation;
using Timeline.Neo4j;

namespace Timeline.Core.Ingest.Writing;

/// <summary>A bulk batch's held-back writes. Its documents' own writes are held, in order, and sent together — with the
/// batch's commit, or before a read that must see them (<see cref="FlushAsync"/>) — rather than in a request per document.
/// Of what they add, the derived structure (<see cref="IngestStatements.DerivedOf"/>) and the sources lists of entities and
/// relations (<see cref="HeldSourceLists"/>) are written for many documents at once — a hub's item list and its sources list
/// rewritten once per batch, not once per document — yet with the graph that writing each document's with it gives; so are the
/// documents their sources keep and their change records (one statement each, not two per document: nothing in the batch
/// reads them but a document of a source seen before, whose look-up flushes the held writes first). All of
/// them only ever add: the name suffixes are the same whenever they are written, sources are appended in ingest order
/// whenever they are, and an item is listed under its anchors at its date at the time of writing, so a listing held back
/// lands the same unless a later document of the batch moves one of its items. So they are written just before a document
/// that could (<see cref="Before"/>: one that gives a pending item another date), whenever the held writes are flushed (a
/// changed version's removal reads the sources lists, and deletes what is left without a source), and at the end of the
/// batch.</summary>
internal sealed class DeferredWrites
{
    private readonly List<Statement> _held = [];
    private readonly List<(int Start, int Count, Action<IReadOnlyList<QueryResult>> Written)> _answers = [];
    private readonly List<WrittenDocument> _pending = [];
    private readonly Dictionary<string, string?> _pendingDates = new(StringComparer.Ordinal);
    private readonly HeldSourceLists _sources = new();
    private readonly List<(string SourceId, string Json)> _kept = [];
    private readonly List<ChangeRecord> _changes = [];

    /// <summary>Holds a document's own writes, to be sent after those held before them; <paramref name="written"/> gets their
    /// results once they are.</summary>
    public void Hold(IReadOnlyList<Statement> statements, Action<IReadOnlyList<QueryResult>> written)
    {
        _answers.Add((_held.Count, statements.Count, written));
        _held.AddRange(statements);
    }

    /// <summary>Before a document whose items get <paramref name="itemDates"/> (<see cref="IngestStatements.ItemDates"/>) is
    /// held: the pending derived writes and sources lists are put in line first when it moves a pending item.</summary>
    public void Before(IReadOnlyDictionary<string, string?> itemDates)
    {
        if (itemDates.Any(d => _pendingDates.TryGetValue(d.Key, out var pending) && pending != d.Value))
            PutInLine();
    }

    /// <summary>Holds back the derived writes and the sources of a document just held (its items at
    /// <paramref name="itemDates"/>), the document <paramref name="json"/> its source keeps and its <paramref name="change"/>
    /// record (none when null).</summary>
    public void Add(WrittenDocument written, IReadOnlyDictionary<string, string?> itemDates, string json, ChangeRecord? change)
    {
        _pending.Add(written);
        _sources.Add(written.Document);
        _kept.Add((written.Document.Source.Id, json));
        if (change is not null) _changes.Add(change);
        foreach (var (id, date) in itemDates)
            _pendingDates[id] = date;
    }

    /// <summary>Sends everything held, then <paramref name="statements"/>, in one request of <paramref name="tx"/> (committing
    /// it when <paramref name="commits"/>); nothing is held after it. Answers the results of <paramref name="statements"/>.</summary>
    public async Task<IReadOnlyList<QueryResult>> FlushAsync(Neo4jTransaction tx, IReadOnlyList<Statement> statements, bool commits, CancellationToken ct)
    {
        PutInLine();
        var held = _held.Count;
        IReadOnlyList<Statement> request = [.. _held, .. statements];
        var results = commits ? await tx.CommitAsync(request, ct).ConfigureAwait(false)
            : request.Count == 0 ? [] : await tx.RunAsync(request, ct).ConfigureAwait(false);
        var answers = _answers.ToList();
        _held.Clear();
        _answers.Clear();
        foreach (var (start, count, written) in answers)
            written([.. results.Skip(start).Take(count)]);
        return [.. results.Skip(held)];
    }

    // The sources lists, the derived structure, the kept documents and the change records held back, put in line after the
    // writes held so far.
    private void PutInLine()
    {
        _held.AddRange(_sources.Flush());
        if (_pending.Count > 0) _held.AddRange(IngestStatements.DerivedOf(_pending));
        if (_kept.Count > 0) _held.Add(IngestStatements.KeepDocuments(_kept));
        if (_changes.Count > 0) _held.Add(ChangeLog.Write(_changes));
        _pending.Clear();
        _kept.Clear();
        _changes.Clear();
        _pendingDates.Clear();
    }
}
