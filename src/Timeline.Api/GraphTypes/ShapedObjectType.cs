using GraphQL.Types;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary>Base of the object types whose values are shaped query results: an object is of this type when the
/// translator named it so.</summary>
internal abstract class ShapedObjectType : ObjectGraphType<object>
{
    protected ShapedObjectType(string name, string description)
    {
        Name = name;
        Description = description;
        IsTypeOf = value => value is ShapedObject shaped && shaped.TypeName == Name;
    }
}
