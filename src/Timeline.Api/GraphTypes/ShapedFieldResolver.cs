using GraphQL;
using GraphQL.Resolvers;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary>Resolves every field below the root: the root field's one Cypher query already produced the value, shaped
/// under the field's response key (its alias or name).</summary>
internal sealed class ShapedFieldResolver : IFieldResolver
{
    public static ShapedFieldResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var key = (context.FieldAst.Alias?.Name ?? context.FieldAst.Name).StringValue;
        return ValueTask.FromResult(context.Source is ShapedObject shaped ? shaped.GetValueOrDefault(key) : null);
    }
}
