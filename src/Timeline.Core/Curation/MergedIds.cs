using Timeline.Core.Cypher;
using Timeline.Core.Ingest;
using Timeline.Core.Ontology;
using Timeline.Neo4j;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Curation;

/// <summary>Ids that a merge folded into another entity. A document that still uses such an id — a later one, or a kept one
/// read again (a retraction, a changed re-ingest, a reinstatement) — lands on the survivor: each of its references is
/// resolved, and an entity it declares under the old id becomes what it says of the survivor, its name one more alias
/// (the survivor keeps its name and kind).</summary>
internal static class MergedIds
{
    /// <summary>The survivor of every merged id among <c>$ids</c> (a merged id resolves to an entity that stands: a merge of
    /// the survivor itself re-points the ids merged into it).</summary>
    private static readonly string ReadCypher = $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("m", L.MergedId, "id")}}
        WITH id, m.{{P.Into}} AS into
        MATCH {{GraphCypher.ById("e", L.Entity, "into")}}
        RETURN id, e.{{P.Id}} AS into, e.{{P.Kind}} AS kind, e.{{P.Name}} AS name, coalesce(e.{{P.Named}}, true) AS named
        """;

    /// <summary>The statement that reads the survivors of the ids <paramref name="doc"/> names (declares or refers to).</summary>
    public static Statement Read(ValidatedDocument doc, IEnumerable<string> external) => Read(Named(doc).Concat(external));

    /// <summary>The statement that reads the survivors of <paramref name="ids"/>.</summary>
    public static Statement Read(IEnumerable<string> ids) =>
        new(ReadCypher, new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() });

    /// <summary>The survivors a <see cref="Read"/> answered, by merged id.</summary>
    public static IReadOnlyDictionary<string, Survivor> Of(QueryResult read, OntologyModel ontology) =>
        read.Records.ToDictionary(r => r.Get<string>("id"), r => new Survivor(r.Get<string>("into"),
            ontology.FindKind(r.Get<string>("kind")) ?? throw new InvalidOperationException($"Entity '{r.Get<string>("into")}' has kind '{r.Get<string>("kind")}', which the ontology does not declare."),
            r.Get<string>("name"), r.Get<bool>("named")), StringComparer.Ordinal);

    /// <summary>Reads the survivors of <paramref name="doc"/>'s merged ids and resolves them (the document unchanged when it
    /// names none).</summary>
    public static async Task<ValidatedDocument> ResolveAsync(Neo4jTransaction tx, ValidatedDocument doc, OntologyModel ontology, CancellationToken ct) =>
        Apply(doc, Of(await tx.RunAsync(Read(doc, []), ct), ontology));

    /// <summary>The same for several documents, by key, in one read.</summary>
    public static async Task<Dictionary<string, ValidatedDocument>> ResolveAsync(Neo4jTransaction tx, IReadOnlyDictionary<string, ValidatedDocument> docs,
        OntologyModel ontology, CancellationToken ct)
    {
        var survivors = Of(await tx.RunAsync(Read(docs.Values.SelectMany(Named)), ct), ontology);
        return docs.ToDictionary(kv => kv.Key, kv => Apply(kv.Value, survivors), StringComparer.Ordinal);
    }

    /// <summary><paramref name="doc"/> with every merged id replaced by its survivor's.</summary>
    public static ValidatedDocument Apply(ValidatedDocument doc, IReadOnlyDictionary<string, Survivor> survivors)
    {
        if (survivors.Count == 0) return doc;
        string Map(string id) => survivors.TryGetValue(id, out var s) ? s.Id : id;
        return doc with
        {
            Entities = [.. doc.Entities.Select(e => survivors.TryGetValue(e.Id, out var s) ? AsSurvivor(e, s) : e)],
            Events = [.. doc.Events.Select(e => e with { Participants = [.. e.Participants.Select(p => p with { EntityId = Map(p.EntityId) }).Distinct()] })],
            Statements = [.. doc.Statements.Select(s => s with { SpeakerId = Map(s.SpeakerId), About = [.. s.About.Select(Map).Distinct(StringComparer.Ordinal)] })],
            Relations = [.. doc.Relations.Select(r => r with { FromId = Map(r.FromId), ToId = Map(r.ToId) })],
        };
    }

    /// <summary>Every id <paramref name="doc"/> declares or refers to.</summary>
    public static IEnumerable<string> Named(ValidatedDocument doc) =>
    [
        .. doc.Entities.Select(e => e.Id),
        .. doc.Events.SelectMany(e => e.Participants.Select(p => p.EntityId)),
        .. doc.Statements.SelectMany(s => s.About.Prepend(s.SpeakerId)),
        .. doc.Relations.SelectMany(r => new[] { r.FromId, r.ToId }),
    ];

    // What the document says of the old id, said of the survivor: its name is one more alias.
    private static EntityRecord AsSurvivor(EntityRecord e, Survivor s) => e with
    {
        Id = s.Id,
        Kind = s.Kind,
        Name = s.Name,
        Named = s.Named,
        Aliases = [.. e.Aliases.Prepend(e.Name).Where(a => a != s.Name).Distinct(StringComparer.Ordinal)],
        Properties = e.Properties.Where(p => s.Kind.FindProperty(p.Key) is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
    };
}

/// <summary>The entity a merged id resolves to: its id, kind, name and whether it is named.</summary>
internal sealed record Survivor(string Id, EntityKind Kind, string Name, bool Named);
