using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>The sort key tuples used throughout: (earliest, latest, id) for dated items, (name, id) for entities.</summary>
internal static class Sorts
{
    public static IReadOnlyList<SortKey> Chronological(CypherVariable item) =>
    [
        new("__s0", new ExpressionValue(b => $"coalesce({b.Name(item)}.earliest, '{CompileContext.UndatedKey}')")),
        new("__s1", new ExpressionValue(b => $"coalesce({b.Name(item)}.latest, '{CompileContext.UndatedKey}')")),
        new("__s2", new ExpressionValue(b => $"{b.Name(item)}.id")),
    ];

    public static IReadOnlyList<SortKey> ByName(CypherVariable entity) =>
    [
        new("__s0", new ExpressionValue(b => $"coalesce({b.Name(entity)}.name, '')")),
        new("__s1", new ExpressionValue(b => $"{b.Name(entity)}.id")),
    ];

    public static IReadOnlyList<SortKey> ById(CypherVariable node) =>
    [
        new("__s0", new ExpressionValue(b => $"{b.Name(node)}.id")),
    ];
}
