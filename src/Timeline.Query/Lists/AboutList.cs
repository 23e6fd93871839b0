using Timeline.Query.Cypher;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>What a statement is about (entities, events or statements), by id.</summary>
public sealed class AboutList(CypherVariable statement)
{
    /// <summary>Each subject.</summary>
    public CypherVariable Subject { get; } = new("subject");

    /// <summary>The list, each subject projected as <paramref name="element"/> (unsorted when <paramref name="sorted"/> is false).</summary>
    public ListQuery Project(ValueNode element, bool sorted = true) =>
        new(new PatternListSource(new GraphPattern(statement, Links.About(Subject))), [], element, sorted ? SortKeys.ById(Subject) : [], null);
}
