using Timeline.Api.Execution;
using Timeline.Api.Translation.Shaping;
using Timeline.Api.Translation.Tree;
using Timeline.Neo4j;

namespace Timeline.Api.Translation.Roots;

/// <summary>Common ways of reading a root statement's rows.</summary>
internal static class RootResults
{
    /// <summary>The one item, or NOT_FOUND naming the id.</summary>
    public static object? Single(QueryResult result, ValueNode projection, string what, string id)
    {
        if (result.Records.Count == 0 || result.Records[0][ReadOperation.ItemColumn] is null)
            throw new TimelineException(ErrorCodes.NotFound, $"No {what} with id '{id}'.");
        return projection.Shape(result.Records[0][ReadOperation.ItemColumn]);
    }

    public static List<object?> List(QueryResult result, ValueNode projection) =>
        result.Records.Select(r => projection.Shape(r[ReadOperation.ItemColumn])).ToList();

    /// <summary>Reports the first anchor id that the statement did not find.</summary>
    public static void CheckAnchors(QueryResult result, IReadOnlyList<Anchor> anchors)
    {
        for (var i = 0; i < anchors.Count; i++)
        {
            if (result.Records.Any(r => r[ReadOperation.FoundColumn(i)] is false))
                throw new TimelineException(ErrorCodes.NotFound, $"No node with id '{anchors[i].Id}' (argument '{anchors[i].Argument}').");
        }
    }

    public static ShapedObject Connection(QueryResult result, IReadOnlyList<Anchor> anchors, ConnectionShape shape)
    {
        CheckAnchors(result, anchors);
        return shape.Shape(result.Records
            .Select(r => r[ReadOperation.ItemColumn])
            .OfType<IReadOnlyDictionary<string, object?>>()
            .ToList());
    }
}
