using Timeline.Core.Ontology;
using Timeline.Core.Provenance;
using Timeline.Neo4j;
using Timeline.Primitives;

namespace Timeline.Core.Ingest.Writing;

/// <summary>A bulk batch's look-ups (<see cref="DocumentLookups"/>), read once for all its documents at the start of its
/// transaction rather than once per document — a request and a dozen statements fewer per document. A document's answer is
/// the graph's at the batch's start plus what the batch's earlier documents wrote, as the document's own look-up in the
/// batch's transaction would have seen it (<see cref="Wrote"/>): the kinds of the ids they wrote, the search keys and nameKeys
/// they gave their entities and their claims of events and statements (a claim is its source's values as written on its
/// <c>REPORTED_IN</c>, so the claims resolve as if read back). A document whose source an earlier document of the batch
/// wrote, or one written after a changed version took the old one's support away (its removal deletes), is looked up in
/// the transaction again (<see cref="For"/> answers null).</summary>
internal sealed class BatchLookups
{
    private readonly DocumentLookups.BatchRead? _read;
    private readonly Dictionary<string, string> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nameKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SourceClaim>> _claims = new(StringComparer.Ordinal);
    private bool _removed;

    private BatchLookups(DocumentLookups.BatchRead? read) => _read = read;

    /// <summary>Reads the look-ups of <paramref name="docs"/> (the batch's valid documents) in <paramref name="tx"/>.</summary>
    public static async Task<BatchLookups> ReadAsync(Neo4jTransaction tx, IReadOnlyCollection<DocumentLookups.Named> docs, OntologyModel ontology,
        CancellationToken ct) =>
        new(docs.Count == 0 ? null : DocumentLookups.Read(await tx.RunAsync(DocumentLookups.Statements(docs), ct), ontology));

    /// <summary>The look-ups of <paramref name="doc"/>, one of the documents read, as the batch's transaction now sees them;
    /// null when they must be read again.</summary>
    public DocumentLookups? For(ValidatedDocument doc, IReadOnlySet<string> external)
    {
        if (_read is null || _removed || _sources.Contains(doc.Source.Id) || !_read.Sources.ContainsKey(doc.Source.Id)) return null;
        var read = _read.For(new DocumentLookups.Named(doc, external));
        if (_kinds.Count == 0) return read;
        var kinds = new Dictionary<string, string>(read.Kinds, StringComparer.Ordinal);
        var keys = new Dictionary<string, IReadOnlySet<string>>(read.KnownKeys, StringComparer.Ordinal);
        var nameKeys = new Dictionary<string, string>(read.NameKeys, StringComparer.Ordinal);
        foreach (var id in DocumentLookups.IdsOf(doc).Concat(external))
        {
            if (_kinds.TryGetValue(id, out var kind)) kinds[id] = kind;
            if (_nameKeys.TryGetValue(id, out var nameKey)) nameKeys[id] = nameKey;
            if (_keys.TryGetValue(id, out var added))
                keys[id] = (keys.TryGetValue(id, out var known) ? known.Union(added, StringComparer.Ordinal) : added).ToHashSet(StringComparer.Ordinal);
        }
        var claims = new Dictionary<string, IReadOnlyList<SourceClaim>>(read.OtherClaims, StringComparer.Ordinal);
        foreach (var id in doc.Events.Select(e => e.Id).Concat(doc.Statements.Select(s => s.Id)))
        {
            if (_claims.TryGetValue(id, out var added))
                claims[id] = [.. claims.GetValueOrDefault(id) ?? [], .. added.Where(c => c.SourceId != doc.Source.Id)];
        }
        return read with { Kinds = kinds, KnownKeys = keys, NameKeys = nameKeys, OtherClaims = claims };
    }

    /// <summary>Notes what a document of the batch wrote (<paramref name="written"/>: as written, the editors' corrections
    /// applied); <paramref name="removed"/> when it was a changed version whose removal ran.</summary>
    public void Wrote(ValidatedDocument written, bool removed)
    {
        _removed |= removed;
        _sources.Add(written.Source.Id);
        foreach (var e in written.Entities)
        {
            _kinds[e.Id] = e.Kind.Name;
            _nameKeys[e.Id] = NameKey.Of(e.Name);
            var keys = _keys.TryGetValue(e.Id, out var held) ? held : _keys[e.Id] = new HashSet<string>(StringComparer.Ordinal);
            keys.UnionWith(IngestStatements.SearchKeys(e.Name, e.Aliases));
        }
        var published = written.Source.Published?.EarliestKey;
        foreach (var e in written.Events)
        {
            _kinds[e.Id] = GraphLabels.Event;
            Claim(e.Id, new SourceClaim(written.Source.Id, published, IngestStatements.EventClaim(e)));
        }
        foreach (var s in written.Statements)
        {
            _kinds[s.Id] = GraphLabels.Statement;
            Claim(s.Id, new SourceClaim(written.Source.Id, published, IngestStatements.StatementClaim(s)));
        }
    }

    private void Claim(string id, SourceClaim claim)
    {
        var claims = _claims.TryGetValue(id, out var held) ? held : _claims[id] = [];
        claims.Add(claim);
    }
}
