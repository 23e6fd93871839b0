using Timeline.Neo4j;
using Timeline.Query.Questions;

namespace Timeline.Query.Clauses;

/// <summary>Reads the rows of a statement written with <see cref="ItemReturn"/>.</summary>
public static class Answers
{
    /// <summary>Throws for the first anchor the statement did not find.</summary>
    /// <exception cref="NodeNotFoundException">An id names nothing, with the argument that gave it.</exception>
    public static void CheckAnchors(QueryResult result, IReadOnlyList<Anchor> anchors)
    {
        for (var i = 0; i < anchors.Count; i++)
        {
            if (result.Records.Any(r => r[ItemReturn.FoundColumn(i)] is false))
                throw new NodeNotFoundException($"No node with id '{anchors[i].Id}' (argument '{anchors[i].Argument}').");
        }
    }

    /// <summary>The number of items a counted statement found (every row carries it; a statement always returns a row then).</summary>
    public static int Total(QueryResult result) =>
        result.Records.Count == 0 ? 0 : Convert.ToInt32(result.Records[0][ItemReturn.TotalColumn], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The projected items, in order (without the null row an optional match leaves when nothing matched).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Items(QueryResult result) => result.Records
        .Select(r => r[ItemReturn.ItemColumn])
        .OfType<IReadOnlyDictionary<string, object?>>()
        .ToList();
}
