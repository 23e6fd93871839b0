using GraphQL.Types;
using GraphQLParser.AST;

namespace Timeline.Api.Translation.Selection;

/// <summary>One field of a selection set after fragments, directives and duplicates are resolved: the response key, the
/// field's definition, its argument values (variables and defaults applied; read them through the ArgumentBinder) and the
/// AST nodes whose sub-selections merge.</summary>
internal sealed class FieldSelection(
    string responseKey,
    FieldType definition,
    IGraphType parentType,
    IReadOnlyDictionary<string, object?> arguments,
    IReadOnlyList<GraphQLField> nodes,
    IReadOnlySet<string>? forTypes)
{
    public string ResponseKey { get; } = responseKey;

    public FieldType Definition { get; } = definition;

    /// <summary>The type the field was selected on (an object, interface or union's member).</summary>
    public IGraphType ParentType { get; } = parentType;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public IReadOnlyList<GraphQLField> Nodes { get; } = nodes;

    /// <summary>The concrete object types this selection applies to when the parent is abstract and the same response key
    /// means different fields per type; null when it applies to every possible type.</summary>
    public IReadOnlySet<string>? ForTypes { get; } = forTypes;

    public string FieldName => Definition.Name;

    /// <summary>The sub-selection sets of every merged occurrence of this field.</summary>
    public IEnumerable<GraphQLSelectionSet> SubSelections => Nodes.Select(n => n.SelectionSet).OfType<GraphQLSelectionSet>();
}
