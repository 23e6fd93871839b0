namespace Timeline.Query.Tree;

/// <summary>A resolved GraphQL object: field values by response key, plus the name of its concrete GraphQL type (which
/// abstract types use to resolve). Field resolvers below the root only read these.</summary>
public sealed class ShapedObject(string typeName, int capacity = 0) : Dictionary<string, object?>(capacity, StringComparer.Ordinal)
{
    public string TypeName { get; } = typeName;
}
