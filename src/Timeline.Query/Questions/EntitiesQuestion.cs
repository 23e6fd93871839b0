using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>entities</b>: all entities, or those of a kind (subkinds included), ordered by (name, id).</summary>
public sealed class EntitiesQuestion : IQuestion<EntitiesArguments>
{
    /// <summary>The question.</summary>
    public static EntitiesQuestion Instance { get; } = new();

    /// <inheritdoc />
    public ReadQuery Build(EntitiesArguments arguments)
    {
        var entity = new CypherVariable("entity");
        return ReadQuery.About(entity)
            .Match(new NodeMatch([arguments.Kind ?? GraphLabels.Entity]))
            .OrderBy(SortKeys.ByName(entity))
            .Paged(arguments.Page);
    }

    /// <inheritdoc />
    public string Describe(EntitiesArguments arguments) =>
        (arguments.Kind is null ? "All entities" : $"All entities of kind {arguments.Kind}") + ", by name.";

    /// <inheritdoc />
    public IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query) => [("entity", new VariableValue(query.Item))];
}
