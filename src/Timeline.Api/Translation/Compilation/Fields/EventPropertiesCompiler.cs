using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>An event's free properties (ingested from the document's <c>properties</c> and flattened onto the node): every
/// property except those the graph model itself uses.</summary>
internal sealed record EventPropertiesCompiler : IFieldCompiler
{
    private static readonly HashSet<string> ModelProperties = new(GraphProperties.OfEvent, StringComparer.Ordinal);

    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context) =>
        new FunctionValue("properties", scope.Node, convert: value => value is IReadOnlyDictionary<string, object?> map
            ? map.Where(kv => !ModelProperties.Contains(kv.Key) && kv.Value is not null).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .ToDictionary(kv => kv.Key, kv => kv.Value)
            : new Dictionary<string, object?>());
}
