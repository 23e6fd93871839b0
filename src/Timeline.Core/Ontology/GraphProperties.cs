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

    /// <summary>Ids of the sources that report a node or an entity–entity relation.</summary>
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

    /// <summary>A <c>REPORTED_IN</c> edge's supporting passage.</summary>
    public const string Excerpt = "excerpt";

    /// <summary>Derived: an entity–entity relation's merge key (its required properties), so a second source enriches it.</summary>
    public const string Key = "key";

    /// <summary>An entity–entity relation's excerpts, parallel to its <see cref="Sources"/>.</summary>
    public const string Excerpts = "excerpts";

    /// <summary>Since when an entity–entity relation holds (a <see cref="DateLayout"/> of its own).</summary>
    public const string ValidFrom = "validFrom";

    /// <summary>Until when an entity–entity relation held (a <see cref="DateLayout"/> of its own).</summary>
    public const string ValidTo = "validTo";

    /// <summary>What ingest writes on every entity node.</summary>
    public static IReadOnlyList<string> OfEntity { get; } = [Id, Kind, Name, Description, Named, NameKey, Aliases, SearchKeys, Sources];

    /// <summary>What ingest writes on every event node.</summary>
    public static IReadOnlyList<string> OfEvent { get; } = [Id, Type, Status, Title, Description, Sources, .. DateLayout.EventDate.Names];

    /// <summary>What ingest writes on every entity–entity relationship.</summary>
    public static IReadOnlyList<string> OfRelation { get; } =
        [Key, Sources, Excerpts, .. DateLayout.Of(ValidFrom).Names, .. DateLayout.Of(ValidTo).Names];
}
