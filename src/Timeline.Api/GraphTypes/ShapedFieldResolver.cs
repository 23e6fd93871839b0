using GraphQL;
using GraphQL.Resolvers;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary>Resolves every field below the root: the root field's one Cypher query already produced the value, shaped
/// under the field's response key (its alias or name).</summary>
internal sealed class ShapedFieldResolver : IFieldResolver
{
    public static ShapedFieldResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
        ValueTask.FromResult(Read(context.Source, (context.FieldAst.Alias?.Name ?? context.FieldAst.Name).StringValue));

    /// <summary>The value of the field with <paramref name="responseKey"/> in <paramref name="source"/>: null when the
    /// source is not a shaped object or has no such field.</summary>
    public static object? Read(object? source, string responseKey) =>
        source is ShapedObject shaped ? shaped.GetValueOrDefault(responseKey) : null;
}
