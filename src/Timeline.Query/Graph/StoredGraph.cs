using Timeline.Core.Ontology;

namespace Timeline.Query.Graph;

/// <summary>The graph's structural vocabulary as the queries read it, in one place: the labels, relationship types and
/// property names that ingestion writes for every fact (the ontology declares kinds, event types, roles and relation
/// types; these are the fixed frame around them), and the sort key of an undated item.</summary>
public static class StoredGraph
{
    /// <summary>Every entity, whatever its kind.</summary>
    public const string Entity = OntologyModel.EntityLabel;

    /// <summary>An event node.</summary>
    public const string Event = "Event";

    /// <summary>A statement node; also the pseudo event type that keeps statements in a timeline's <c>types</c>.</summary>
    public const string Statement = "Statement";

    /// <summary>A source document.</summary>
    public const string Source = "Source";

    /// <summary><c>(entity)-[:PARTICIPANT {role}]-&gt;(event)</c>.</summary>
    public const string Participant = "PARTICIPANT";

    /// <summary><c>(speaker)-[:SAID]-&gt;(statement)</c>.</summary>
    public const string Said = "SAID";

    /// <summary><c>(statement)-[:ABOUT]-&gt;(entity, event or statement)</c>.</summary>
    public const string About = "ABOUT";

    /// <summary><c>(event or statement)-[:REPORTED_IN {excerpt}]-&gt;(source)</c>.</summary>
    public const string ReportedIn = "REPORTED_IN";

    /// <summary>Every node's stable id (unique per identity label, indexed).</summary>
    public const string Id = "id";

    /// <summary>An event's type; the same name on the stored node.</summary>
    public const string TypeProperty = "type";

    /// <summary>A participation's role.</summary>
    public const string Role = "role";

    /// <summary>An entity's kind (the name of its most specific label).</summary>
    public const string Kind = "kind";

    /// <summary>An entity's name.</summary>
    public const string Name = "name";

    /// <summary>An event's title.</summary>
    public const string Title = "title";

    /// <summary>A statement's text.</summary>
    public const string Text = "text";

    /// <summary>An entity's normalised name (search).</summary>
    public const string NameKey = "nameKey";

    /// <summary>An entity's normalised name and aliases (search).</summary>
    public const string SearchKeys = "searchKeys";

    /// <summary>The upper bound a dated item without a date sorts by: undated items come last.</summary>
    public const string UndatedKey = "9999-12-31T23:59:59Z";

    /// <summary>What a timeline holds.</summary>
    public static IReadOnlyList<string> TimelineItems { get; } = [Event, Statement];

    /// <summary>How an entity takes part in a timeline item: as participant, as speaker, or as what it is about.</summary>
    public static IReadOnlyList<string> Involvement { get; } = [Participant, Said, About];
}
