using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Core.Ontology;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary>The object type of one ontology kind (e.g. <c>type Person implements Entity</c>): the entity fields plus the
/// kind's declared properties (inherited ones included); a declared date reads as a <c>PartialDate</c>, as the model's own
/// dates do.</summary>
internal sealed class EntityKindObjectType : ShapedObjectType
{
    public EntityKindObjectType(EntityKind kind, OntologyModel ontology)
        : base(kind.Name, kind.Description + (kind.Parent is null ? "" : $" (A kind of {kind.Parent.Name}.)"))
    {
        EntityFields.AddTo(this, ontology);
        // The ontology loader keeps property names clear of the entity fields (ReservedNames), so none is hidden here.
        foreach (var property in kind.AllProperties)
        {
            var field = property.Type switch
            {
                PropertyType.StringList => Field(property.Name, TypeRefs.OptionalListOf(new StringGraphType())),
                PropertyType.Int => Field(property.Name, new IntGraphType()),
                PropertyType.Float => Field(property.Name, new FloatGraphType()),
                PropertyType.Bool => Field(property.Name, new BooleanGraphType()),
                PropertyType.Date => Field(property.Name, TypeRefs.Named(GraphQLNames.PartialDate)),
                _ => Field(property.Name, new StringGraphType()),
            };
            field.Description(property.Description);
            if (property.Type == PropertyType.Date)
                field.Compiles(new DateCompiler(DateLayout.Of(property.Name)));
            else
                field.Property(property.Name);
        }
        AddResolvedInterface(new GraphQLTypeReference(GraphQLNames.Entity));
    }
}
