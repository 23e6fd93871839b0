using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary>The node has one of the labels (labels from the ontology only: they cannot be parameters).</summary>
public sealed class LabelFilter(CypherVariable subject, IReadOnlyList<string> labels) : FilterNode
{
    public override string Write(CypherBuilder builder)
    {
        var v = builder.Name(subject);
        var tests = labels.Select(l => v + ":" + CypherNames.Label(l)).ToList();
        if (tests.Count == 0)
            return "false"; // an empty list of kinds selects nothing
        return tests.Count == 1 ? tests[0] : "(" + string.Join(" OR ", tests) + ")";
    }
}
