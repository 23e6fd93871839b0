namespace Timeline.Core.Ontology;

/// <summary>The property names the graph model writes itself (DESIGN §2), beside the properties the ontology declares. Dates
/// are laid out by <see cref="DateLayout"/>. Which of these a declaration may not reuse is <see cref="ReservedNames"/>.</summary>
public static class GraphProperties
{
    /// <summary>Every node's stable id (unique under its identity label).</summary>
    public const string Id = "id";

    /// <summary>An entity's human name.</summary>
    public const string Name = "name";

    /// <summary>An entity's kind (its most specific label).</summary>
    public const string Kind = "kind";

    /// <summary>An entity's other names.</summary>
    public const string Aliases = "aliases";

    /// <summary>An entity's or event's description.</summary>
    public const string Description = "description";

    /// <summary>False for an entity sources only describe.</summary>
    public const string Named = "named";

    /// <summary>Derived: the name's search key (<see cref="Timeline.Primitives.NameKey"/>), indexed per kind.</summary>
    public const string NameKey = "nameKey";

    /// <summary>Derived: the search keys of the name and every alias.</summary>
    public const string SearchKeys = "searchKeys";

    /// <summary>Ids of the sources that assert a node or a relationship (an entity, event, statement, participation, speaker,
    /// <c>about</c> link or entity–entity relation), in the order they were ingested.</summary>
    public const string Sources = "sources";

    /// <summary>An event's type (from the ontology).</summary>
    public const string Type = "type";

    /// <summary>What became of an event (an <see cref="EventStatus"/> name from the ontology).</summary>
    public const string Status = "status";

    /// <summary>An event's or a source's title.</summary>
    public const string Title = "title";

    /// <summary>What a statement says.</summary>
    public const string Text = "text";

    /// <summary>Whether a statement is a direct quotation.</summary>
    public const string Verbatim = "verbatim";

    /// <summary>A source's publisher.</summary>
    public const string Publisher = "publisher";

    /// <summary>A source's address.</summary>
    public const string Url = "url";

    /// <summary>A source's language code.</summary>
    public const string Language = "language";

    /// <summary>A source's publication date (a <see cref="DateLayout"/> of its own).</summary>
    public const string Published = "published";

    /// <summary>A <c>PARTICIPANT</c> edge's role (from the ontology).</summary>
    public const string Role = "role";

    /// <summary>A <c>REPORTED_IN</c> edge's supporting passage. The edge also holds the source's own values for the event or
    /// statement (its claim), under the node's property names.</summary>
    public const string Excerpt = "excerpt";

    /// <summary>Derived: an entity–entity relation's merge key (its required properties), so a second source enriches it.</summary>
    public const string Key = "key";

    /// <summary>An entity–entity relation's excerpts, parallel to its <see cref="Sources"/>.</summary>
    public const string Excerpts = "excerpts";

    /// <summary>Since when an entity–entity relation holds (a <see cref="DateLayout"/> of its own).</summary>
    public const string ValidFrom = "validFrom";

    /// <summary>Until when an entity–entity relation held (a <see cref="DateLayout"/> of its own).</summary>
    public const string ValidTo = "validTo";

    /// <summary>A <see cref="GraphLabels.SourceDocument"/>'s ingest document, as JSON text.</summary>
    public const string Document = "document";

    /// <summary>When a source was retracted (ISO-8601 UTC); absent while it stands.</summary>
    public const string RetractedAt = "retractedAt";

    /// <summary>Who retracted a source (the audit actor).</summary>
    public const string RetractedBy = "retractedBy";

    /// <summary>Why a source was retracted.</summary>
    public const string RetractedReason = "retractedReason";

    /// <summary>A <see cref="GraphLabels.Change"/>'s time (ISO-8601 UTC with ticks: string order is time order).</summary>
    public const string At = "at";

    /// <summary>A <see cref="GraphLabels.Change"/>'s actor (an API key id, a JWT subject, <c>cli:&lt;user&gt;</c>).</summary>
    public const string Actor = "actor";

    /// <summary>A <see cref="GraphLabels.Change"/>'s action (<c>INGESTED</c>, <c>RETRACTED</c>, …).</summary>
    public const string Action = "action";

    /// <summary>The source a <see cref="GraphLabels.Change"/> concerns, or whose document a <see cref="GraphLabels.SourceDocument"/>
    /// keeps (not <see cref="Id"/>: the document is not the source, and a look-up by id finds only the source).</summary>
    public const string SourceId = "sourceId";

    /// <summary>Why a <see cref="GraphLabels.Change"/> was made.</summary>
    public const string Reason = "reason";

    /// <summary>A <see cref="GraphLabels.Change"/>'s details, as JSON text.</summary>
    public const string Detail = "detail";

    /// <summary>The ids a <see cref="GraphLabels.Change"/> touched (nodes by id, relations by <c>RelationId</c>).</summary>
    public const string Targets = "targets";

    /// <summary>The survivor a <see cref="GraphLabels.MergedId"/> resolves to.</summary>
    public const string Into = "into";

    /// <summary>The merge (its change id) a <see cref="GraphLabels.MergedId"/> belongs to.</summary>
    public const string ChangeId = "changeId";
    /// <summary>The fact a <see cref="GraphLabels.Correction"/> corrects: an event's or statement's id, or a relation's
    /// <c>RelationId</c>.</summary>
    public const string FactId = "factId";

    /// <summary>A <see cref="GraphLabels.Correction"/>'s corrected values, as JSON text: node (or relationship) property names
    /// to values, null meaning "removed".</summary>
    public const string Values = "values";

    /// <summary>A <see cref="GraphLabels.Correction"/>'s corrected participant list, as JSON text (<c>[{entity, role}]</c>),
    /// null when the participants are not corrected.</summary>
    public const string Participants = "participants";

    /// <summary>Whether a <see cref="GraphLabels.Correction"/>'s fact was withdrawn.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>Never stored: set and removed in one clause to take a node's write lock before reading what it holds (no
    /// declared property can take this name: declared names start with a letter).</summary>
    public const string WriteLock = "_lock";

    /// <summary>What ingest writes on every entity node.</summary>
    public static IReadOnlyList<string> OfEntity { get; } = [Id, Kind, Name, Description, Named, NameKey, Aliases, SearchKeys, Sources];

    /// <summary>What ingest writes on every event node.</summary>
    public static IReadOnlyList<string> OfEvent { get; } = [Id, Type, Status, Title, Description, Sources, .. DateLayout.EventDate.Names];

    /// <summary>What ingest writes on every entity–entity relationship.</summary>
    public static IReadOnlyList<string> OfRelation { get; } =
        [Key, Sources, Excerpts, .. DateLayout.Of(ValidFrom).Names, .. DateLayout.Of(ValidTo).Names];
}
