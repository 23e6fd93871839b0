using GraphQL.Types;

namespace Timeline.Api.GraphTypes;

/// <summary>Type references by name (resolved when the schema initializes), so that types can refer to each other in cycles.</summary>
internal static class TypeRefs
{
    public static IGraphType Named(string name) => new GraphQLTypeReference(name);

    public static IGraphType NonNull(string name) => new NonNullGraphType(Named(name));

    public static IGraphType NonNull(IGraphType type) => new NonNullGraphType(type);

    /// <summary><c>[Name!]!</c></summary>
    public static IGraphType ListOf(string name) => new NonNullGraphType(new ListGraphType(new NonNullGraphType(Named(name))));

    /// <summary><c>[Name!]</c> (a nullable list argument).</summary>
    public static IGraphType OptionalListOf(string name) => new ListGraphType(new NonNullGraphType(Named(name)));

    public static IGraphType OptionalListOf(IGraphType type) => new ListGraphType(new NonNullGraphType(type));
}
