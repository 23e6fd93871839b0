using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary>The object type of one ontology kind (e.g. <c>type Person implements Entity</c>): the entity fields plus the
/// kind's declared properties (inherited ones included).</summary>
internal sealed class EntityKindObjectType : ShapedObjectType
{
    public EntityKindObjectType(EntityKind kind, OntologyModel ontology)
        : base(kind.Name, kind.Description + (kind.Parent is null ? "" : $" (A kind of {kind.Parent.Name}.)"))
    {
        EntityFields.AddTo(this, ontology);
        foreach (var property in kind.AllProperties)
        {
            if (EntityFields.Names.Contains(property.Name))
                continue;
            IGraphType type = property.Type switch
            {
                PropertyType.StringList => TypeRefs.OptionalListOf(new StringGraphType()),
                PropertyType.Int => new IntGraphType(),
                PropertyType.Float => new FloatGraphType(),
                PropertyType.Bool => new BooleanGraphType(),
                _ => new StringGraphType(),
            };
            var description = property.Description + (property.Type == PropertyType.Date ? " (PartialDate text)" : "");
            Field(property.Name, type).Description(description).Property(property.Name);
        }
        AddResolvedInterface(new GraphQLTypeReference("Entity"));
    }
}
