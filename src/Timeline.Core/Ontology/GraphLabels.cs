namespace Timeline.Core.Ontology;

/// <summary>The labels of the graph model itself (DESIGN §2), next to which the ontology's kinds become labels. No kind may
/// take one of these names.</summary>
public static class GraphLabels
{
    /// <summary>Every entity, whatever its kind: <c>(:Entity:Person)</c>.</summary>
    public const string Entity = "Entity";

    /// <summary>Something that happened.</summary>
    public const string Event = "Event";

    /// <summary>Something an entity said.</summary>
    public const string Statement = "Statement";

    /// <summary>A reporting document.</summary>
    public const string Source = "Source";

    /// <summary>Bookkeeping: an applied schema migration (not part of the knowledge graph).</summary>
    public const string SchemaMigration = "SchemaMigration";

    /// <summary>Bookkeeping: an API key (not part of the knowledge graph).</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>Bookkeeping: the audit record of one ingest (not part of the knowledge graph).</summary>
    public const string IngestAudit = "IngestAudit";

    /// <summary>Bookkeeping: the ingest document a source was last ingested from, kept so that its support can be recomputed
    /// when another source is retracted, and so that a backup can write the graph as what it was made from.</summary>
    public const string SourceDocument = "SourceDocument";

    /// <summary>Bookkeeping: one change to the knowledge graph — an ingest, a retraction, a reinstatement — with its actor,
    /// time and reason, and the ids it touched (what <c>history(id)</c> reads).</summary>
    public const string Change = "Change";

    /// <summary>Bookkeeping: an id that was merged into another entity (<c>{id, into, changeId}</c>): <c>entity(id:)</c> and
    /// ingest resolve it to the survivor until the merge is undone.</summary>
    public const string MergedId = "MergedId";

    /// <summary>Bookkeeping: what one merge changed, copied property for property (the merged entities, their relationships,
    /// the survivor before), so that un-merging it restores exactly that.</summary>
    public const string MergeSnapshot = "MergeSnapshot";

    /// <summary>Bookkeeping: the effective correction of one fact by editors (its corrected values, corrected participants,
    /// whether it is withdrawn), found by the fact's id; ingest and support removal apply it whenever they write the fact.</summary>
    public const string Correction = "Correction";

    /// <summary>Derived: one suffix of an entity's search keys (<c>{key, entity}</c>), so that search finds the entities whose
    /// name or alias contains a text by a prefix seek instead of reading every entity (<see cref="Lookup.NameSuffixes"/>).
    /// Written by ingest and merge in the facts' transaction; no relationship, not part of the knowledge graph.</summary>
    public const string NameSuffix = "NameSuffix";

    /// <summary>Derived: the first entities in search's order of one text that starts a search key (<c>{key, entries, bound}</c>),
    /// so that search's first page for a prefix thousands of names contain reads one list (<see cref="Lookup.NamePrefixes"/>).
    /// Written by the writers of entities in their transaction; no relationship, not part of the knowledge graph.</summary>
    public const string NamePrefix = "NamePrefix";

    /// <summary>Derived: one anchor's items of one kind in timeline order, as the starts and sizes of its buckets
    /// (<see cref="Lookup.ItemLists"/>), so that a page of a hub's timeline reads a bucket or two instead of every item.
    /// Written by the writers of facts in their transaction; no relationship, not part of the knowledge graph.</summary>
    public const string ItemList = "ItemList";

    /// <summary>Derived: a run of an <see cref="ItemList"/>'s entries (sort keys), in order (<see cref="Lookup.ItemLists"/>).</summary>
    public const string ItemBucket = "ItemBucket";

    /// <summary>The labels under which the knowledge graph's nodes carry their unique id: every node is found by id under
    /// exactly one of them.</summary>
    public static IReadOnlyList<string> Identity { get; } = [Entity, Event, Statement, Source];

    /// <summary>The dated facts, which carry <see cref="DateLayout.EventDate"/>: events and statements (what a timeline
    /// holds).</summary>
    public static IReadOnlyList<string> Dated { get; } = [Event, Statement];

    /// <summary>Every label the graph model uses, knowledge graph and bookkeeping.</summary>
    public static IReadOnlySet<string> All { get; } =
        new HashSet<string>([.. Identity, SchemaMigration, ApiKey, IngestAudit, SourceDocument, Change, Correction, MergedId, MergeSnapshot, NameSuffix, NamePrefix, ItemList, ItemBucket], StringComparer.Ordinal);

    /// <summary>The identity label of a node whose kind is <paramref name="kind"/> (an entity kind, <c>Event</c>,
    /// <c>Statement</c> or <c>Source</c>): Entity for every entity kind.</summary>
    public static string IdentityOf(string kind) => kind is Event or Statement or Source ? kind : Entity;
}
