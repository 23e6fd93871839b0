using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>timeline(involving, from, to, types, first, after)</c>: events and statements involving ALL the given entities
/// (an event through a PARTICIPANT edge, a statement through SAID or ABOUT), overlapping the window, ordered by
/// (earliest, latest, id). The first entity anchors the match by its indexed id; the others are pattern predicates. With
/// no entity, events and statements are matched label by label, so a window seeks the <c>earliest</c> index of each.</summary>
internal sealed class TimelineRootCompiler : IRootCompiler
{
    private static readonly string[] Involvement = ["PARTICIPANT", "SAID", "ABOUT"];
    private static readonly string[] Items = ["Event", "Statement"];

    public RootPlan Compile(FieldSelection field, CompileContext context)
    {
        var item = new CypherVariable("item");
        var involving = field.Arguments.GetValueOrDefault("involving") is IEnumerable<object?> ids
            ? ids.Select(i => i?.ToString() ?? "").Distinct(StringComparer.Ordinal).ToList()
            : [];
        var anchors = involving.Select((id, i) =>
            new Anchor(new CypherVariable("involved" + i), [OntologyModel.EntityLabel], id, "involving" + i, "involving")).ToList();

        var sort = Sorts.Chronological(item);
        var first = context.First(field, 50);
        var (projection, shape) = ConnectionBuilder.Build(field, context, f => context.Project(f, Scope.ForNode(item)), sort, first,
            field.HasArgument("after"));
        foreach (var key in sort)
            projection.AddHidden(key.Name, ReadOperation.SortKeyAlias(key));

        var types = context.EventTypes(field, allowStatement: true);
        var operation = new ReadOperation
        {
            Item = item,
            Pattern = anchors.Count == 0
                ? null
                : new GraphPattern(anchors[0].Variable, new PatternStep(null, Involvement, RelationshipDirection.Either, item, [])),
            EachLabel = anchors.Count == 0 ? Labels(types) : [],
            Distinct = anchors.Count > 0,
            Sort = sort,
            Limit = first + 1,
            Projection = projection,
        };
        operation.Anchors.AddRange(anchors);
        if (anchors.Count > 0)
            operation.Filters.Add(new LabelFilter(item, Items));
        foreach (var anchor in anchors.Skip(1))
        {
            operation.Filters.Add(new ExpressionFilter(b =>
                $"({b.Name(item)}){new PatternStep(null, Involvement, RelationshipDirection.Either, anchor.Variable, []).Write(b)}"));
        }
        if (types is not null)
        {
            var eventTypes = types.Where(t => t != "Statement").ToList();
            var statements = types.Contains("Statement");
            var typeFilter = new ValueInFilter(item, "type", eventTypes, "types");
            operation.Filters.Add(new ExpressionFilter(b =>
            {
                var v = b.Name(item);
                var parts = new List<string>();
                if (eventTypes.Count > 0)
                    parts.Add($"({v}:Event AND {typeFilter.Write(b)})");
                if (statements)
                    parts.Add($"{v}:Statement");
                return parts.Count == 0 ? "false" : "(" + string.Join(" OR ", parts) + ")";
            }));
        }
        var window = context.Window(field);
        if (!window.IsOpen)
            operation.Filters.Add(new DateWindowFilter(item, window, DateProperties.EventDate));
        if (ConnectionBuilder.After(field, sort.Count) is { } after)
            operation.After = new KeysetCursorFilter(sort, after);
        operation.SourceCatalog = context.SourceCatalog;
        return new RootPlan(operation.Write(), result => RootResults.Connection(result, anchors, shape));
    }

    /// <summary>The labels a timeline over the whole graph reads: only those the type filter can match.</summary>
    private static IReadOnlyList<string> Labels(IReadOnlyCollection<string>? types)
    {
        if (types is null)
            return Items;
        var labels = new List<string>();
        if (types.Any(t => t != "Statement"))
            labels.Add("Event");
        if (types.Contains("Statement"))
            labels.Add("Statement");
        return labels.Count == 0 ? ["Event"] : labels;
    }
}
