using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>timeline</b>: events and statements involving ALL the given entities (an event through a PARTICIPANT edge, a
/// statement through SAID or ABOUT), of the given types, overlapping the window, ordered by (earliest, latest, id) with
/// undated items last. The first entity anchors the match by its indexed id; the others are pattern predicates. With no
/// entity, events and statements are matched label by label, so that a window seeks the <c>earliest</c> index of each.</summary>
public sealed class TimelineQuestion : IQuestion<TimelineArguments>
{
    /// <summary>The question.</summary>
    public static TimelineQuestion Instance { get; } = new();

    /// <inheritdoc />
    public ReadQuery Build(TimelineArguments arguments)
    {
        var item = new CypherVariable("item");
        var anchors = arguments.Involving.Distinct(StringComparer.Ordinal)
            .Select((id, i) => new Anchor(new CypherVariable("involved" + i), [GraphLabels.Entity], id, "involving" + i, "involving"))
            .ToList();
        var types = arguments.Types is null ? null : TypeFilter.OfItems(item, arguments.Types);

        var filters = new List<FilterNode>();
        if (anchors.Count > 0)
            filters.Add(new LabelFilter(item, GraphLabels.Dated));
        filters.AddRange(anchors.Skip(1).Select(a => new PatternFilter(new GraphPattern(item, Links.Involves(a.Variable)))));
        if (types is not null)
            filters.Add(types);
        if (arguments.Statuses is { } statuses)
            filters.Add(new StatusFilter(item, statuses.Statuses, statuses.DefaultStatus));
        if (!arguments.Window.IsOpen)
            filters.Add(new DateOverlapFilter(item, arguments.Window, DateLayout.EventDate));

        MatchClause match = anchors.Count == 0
            ? new EachLabelMatch(Labels(types))
            : new PatternMatch(new GraphPattern(anchors[0].Variable, Links.Involves(item)));
        return ReadQuery.About(item)
            .Anchored(anchors)
            .Match(match, filters)
            .Distinct(anchors.Count > 0)
            .OrderBy(SortKeys.Chronological(item))
            .Paged(arguments.Page);
    }

    /// <inheritdoc />
    public string Describe(TimelineArguments arguments)
    {
        var parts = new List<string> { "Events and statements" };
        if (arguments.Involving.Count > 0)
            parts.Add("involving " + string.Join(" and ", arguments.Involving.Distinct(StringComparer.Ordinal)));
        var text = string.Join(" ", parts);
        if (!arguments.Window.IsOpen)
            text += ", " + arguments.Window.Describe();
        if (arguments.Types is { } types)
            text += ", of types " + (types.Count == 0 ? "(none)" : string.Join(", ", types));
        if (arguments.Statuses is { } statuses)
            text += ", events only if " + (statuses.Statuses.Count == 0 ? "(no status)" : string.Join(" or ", statuses.Statuses));
        return text + ", in order (earliest, latest, id; undated last).";
    }

    /// <inheritdoc />
    public IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query)
    {
        var item = query.Item;
        return
        [
            ("kind", new NodeKindValue(item, GraphLabels.Dated, entitiesPossible: false)),
            ("id", new PropertyValue(item, GraphProperties.Id)),
            ("type", new PropertyValue(item, GraphProperties.Type, CypherNames.Literal(GraphLabels.Statement))),
            ("title", new CoalesceValue(new PropertyValue(item, GraphProperties.Title), new PropertyValue(item, GraphProperties.Text))),
            ("date", new PropertyValue(item, DateLayout.EventDate.Text)),
            ("precision", new PropertyValue(item, DateLayout.EventDate.Precision)),
        ];
    }

    /// <summary>The labels a timeline over the whole graph reads: only those the type filter can match.</summary>
    private static IReadOnlyList<string> Labels(TypeFilter? types)
    {
        if (types is null)
            return GraphLabels.Dated;
        var labels = new List<string>();
        if (types.HasEventTypes)
            labels.Add(GraphLabels.Event);
        if (types.KeepsStatements)
            labels.Add(GraphLabels.Statement);
        return labels.Count == 0 ? [GraphLabels.Event] : labels;
    }
}
