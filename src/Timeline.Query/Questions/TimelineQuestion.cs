using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>timeline</b>: events and statements involving ALL the given entities (an event through a PARTICIPANT edge, a
/// statement through SAID or ABOUT), of the given types, overlapping the window, ordered by (earliest, latest, id) with
/// undated items last. The first entity anchors the match by its indexed id; the others are pattern predicates; with
/// includeParts each entity also stands for its parts (<see cref="PartsOf"/>). With no entity, the sources (when given)
/// anchor the match by their ids; else events and statements are matched label by label, so that a window seeks the
/// <c>earliest</c> index of each. knownAt and sources filter on the reports (<see cref="ReportedFilter"/>).</summary>
public sealed class TimelineQuestion : IQuestion<TimelineArguments>
{
    /// <summary>The question.</summary>
    public static TimelineQuestion Instance { get; } = new();

    /// <inheritdoc />
    public ReadQuery Build(TimelineArguments arguments)
    {
        var items = Items(arguments);
        var page = items.OrderBy(SortKeys.Chronological(items.Item)).Paged(arguments.Page);
        // One entity and no filter: its item list holds exactly these items in this order.
        return ReadsItemList(arguments) ? page.FromItemList(ItemListKind.Involving) : page;
    }

    private static bool ReadsItemList(TimelineArguments a) =>
        a.Involving.Distinct(StringComparer.Ordinal).Count() == 1 && !a.IncludeParts && a.Types is null && a.Statuses is null
        && a.Window.IsOpen && a.Sources is null && a.KnownAt is null;

    /// <summary>The timeline's items, unordered: the anchors (<c>involving</c>), the match with the window and type filters,
    /// one row per item — what <b>timeline</b> orders and pages, and what <b>timelineHistogram</b> counts.</summary>
    /// <exception cref="QuestionArgumentException">An argument the question cannot take.</exception>
    public ReadQuery Items(TimelineArguments arguments)
    {
        var item = new CypherVariable("item");
        var anchors = arguments.Involving.Distinct(StringComparer.Ordinal)
            .Select((id, i) => new Anchor(new CypherVariable("involved" + i), [GraphLabels.Entity], id, "involving" + i, "involving",
                arguments.IncludeParts))
            .ToList();
        var types = arguments.Types is null ? null : TypeFilter.OfItems(item, arguments.Types);
        // With no entity, the sources (when given) are where the match starts: their reports, by the sources' indexed ids.
        var source = anchors.Count == 0 && arguments.Sources is not null ? new CypherVariable("source") : null;

        var filters = new List<FilterNode>();
        if (anchors.Count > 0 || source is not null)
            filters.Add(new LabelFilter(item, GraphLabels.Dated));
        if (source is not null)
            filters.Add(new ValueInFilter(source, GraphProperties.Id, arguments.Sources!, "sources"));
        filters.AddRange(anchors.Skip(1).Select(a => new PatternFilter(a.To(item, Links.Involves))));
        if (types is not null)
            filters.Add(types);
        if (arguments.Statuses is { } statuses)
            filters.Add(new StatusFilter(item, statuses.Statuses, statuses.DefaultStatus));
        if (!arguments.Window.IsOpen)
            filters.Add(new DateOverlapFilter(item, arguments.Window, DateLayout.EventDate));
        if (source is null && arguments.Sources is { } sources)
            filters.Add(ReportedFilter.BySources(item, sources));
        if (arguments.KnownAt is { } knownAt)
            filters.Add(ReportedFilter.KnownAt(item, knownAt));

        MatchClause match = anchors.Count > 0 ? new PatternMatch(anchors[0].From(Links.Involves(item)))
            : source is not null ? new PatternMatch(new GraphPattern(source, [GraphLabels.Source], [Links.Reported(item)]))
            : new EachLabelMatch(Labels(types));
        return ReadQuery.About(item)
            .Anchored(anchors)
            .Match(match, filters)
            .Distinct(anchors.Count > 0 || source is not null);
    }

    /// <inheritdoc />
    public string Describe(TimelineArguments arguments) => DescribeItems(arguments) + ", in order (earliest, latest, id; undated last).";

    /// <summary>Which items, in words ("Events and statements involving …, overlapping …, of types …").</summary>
    public string DescribeItems(TimelineArguments arguments)
    {
        var parts = new List<string> { "Events and statements" };
        if (arguments.Involving.Count > 0)
            parts.Add("involving " + string.Join(" and ", arguments.Involving.Distinct(StringComparer.Ordinal))
                + (arguments.IncludeParts ? " (each with its parts: PART_OF, up to " + PartsOf.MaxSteps + " steps)" : ""));
        var text = string.Join(" ", parts);
        if (!arguments.Window.IsOpen)
            text += ", " + arguments.Window.Describe();
        if (arguments.Types is { } types)
            text += ", of types " + (types.Count == 0 ? "(none)" : string.Join(", ", types));
        if (arguments.Statuses is { } statuses)
            text += ", events only if " + (statuses.Statuses.Count == 0 ? "(no status)" : string.Join(" or ", statuses.Statuses));
        text += ReportedWords(arguments.Sources, arguments.KnownAt);
        return text;
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

    /// <summary>", reported by …, known at …" for people (empty when neither is asked).</summary>
    internal static string ReportedWords(IReadOnlyList<string>? sources, Timeline.Primitives.PartialDate? knownAt) =>
        (sources is null ? "" : ", reported by " + (sources.Count == 0 ? "(no source)" : string.Join(" or ", sources)))
        + (knownAt is null ? "" : $", as known at {knownAt.Text} (reported by a source published by then)");

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
