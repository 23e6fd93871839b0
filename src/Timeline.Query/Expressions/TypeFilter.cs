using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary>The item is of one of the given types: an event whose <c>type</c> is listed, or (where the item may be either)
/// a statement when <c>Statement</c> is listed. An empty list selects nothing.</summary>
public sealed class TypeFilter : FilterNode
{
    private readonly CypherVariable _subject;
    private readonly bool _eventsOnly;
    private readonly bool _statements;
    private readonly ValueInFilter _eventTypes;

    private TypeFilter(CypherVariable subject, IReadOnlyList<string> types, bool eventsOnly)
    {
        _subject = subject;
        _eventsOnly = eventsOnly;
        _statements = !eventsOnly && types.Contains(GraphLabels.Statement);
        _eventTypes = new ValueInFilter(subject, GraphProperties.Type,
            eventsOnly ? types : types.Where(t => t != GraphLabels.Statement).ToList(), "types");
        HasEventTypes = _eventTypes.Values.Count > 0;
    }

    /// <summary>For a variable that holds events only: <c>event.type IN $types</c>.</summary>
    public static TypeFilter OfEvents(CypherVariable @event, IReadOnlyList<string> types) => new(@event, types, eventsOnly: true);

    /// <summary>For a variable that holds events or statements (a timeline item).</summary>
    public static TypeFilter OfItems(CypherVariable item, IReadOnlyList<string> types) => new(item, types, eventsOnly: false);

    /// <summary>Whether some event type is listed (else only statements, or nothing, can pass).</summary>
    public bool HasEventTypes { get; }

    /// <summary>Whether statements pass.</summary>
    public bool KeepsStatements => _statements;

    /// <inheritdoc />
    public override string Write(CypherBuilder builder)
    {
        if (_eventsOnly)
            return _eventTypes.Write(builder);
        var v = builder.Name(_subject);
        var parts = new List<string>();
        if (HasEventTypes)
            parts.Add($"({v}:{CypherNames.Label(GraphLabels.Event)} AND {_eventTypes.Write(builder)})");
        if (_statements)
            parts.Add($"{v}:{CypherNames.Label(GraphLabels.Statement)}");
        return parts.Count == 0 ? "false" : "(" + string.Join(" OR ", parts) + ")";
    }
}
