using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>entity(id)</b>, <b>source(id)</b>: one node by its indexed id (an unknown id is NOT_FOUND for the caller).</summary>
public sealed class ByIdQuestion : IQuestion<string>
{
    private ByIdQuestion(string label, string variable, string what)
    {
        Label = label;
        Variable = variable;
        What = what;
    }

    /// <summary>An entity by id.</summary>
    public static ByIdQuestion Entity { get; } = new(GraphLabels.Entity, "entity", "entity");

    /// <summary>A source by id.</summary>
    public static ByIdQuestion Source { get; } = new(GraphLabels.Source, "source", "source");

    /// <summary>The label the id is unique under.</summary>
    public string Label { get; }

    /// <summary>What the node is, in words ("entity").</summary>
    public string What { get; }

    private string Variable { get; }

    /// <inheritdoc />
    public ReadQuery Build(string id) =>
        ReadQuery.About(new CypherVariable(Variable)).Match(Label == GraphLabels.Entity
            ? new ResolvedEntityMatch("id", id) // a merged id answers the survivor
            : new NodeMatch([Label], (GraphProperties.Id, "id", id)));

    /// <inheritdoc />
    public string Describe(string id) => $"The {What} with id {id}.";

    /// <inheritdoc />
    public IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query) => [(Variable, new VariableValue(query.Item))];
}
