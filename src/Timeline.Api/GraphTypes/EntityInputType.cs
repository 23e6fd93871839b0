using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>input EntityInput</c>.</summary>
internal sealed class EntityInputType : InputObjectGraphType<object>
{
    public EntityInputType()
    {
        Name = GraphQLNames.EntityInput;
        Description = "An entity defined by the document.";
        Field("id", new IdGraphType()).Description("Stable id, e.g. person:….");
        Field("kind", new StringGraphType()).Description("Entity kind from the ontology.");
        Field("name", new StringGraphType()).Description("Human name (descriptive when unnamed).");
        Field("named", new BooleanGraphType()).Description("False for entities only described, not named.");
        Field("aliases", TypeRefs.OptionalListOf(new StringGraphType())).Description("Other names.");
        Field("description", new StringGraphType()).Description("Short description.");
        Field("properties", TypeRefs.Named(GraphQLNames.Json)).Description("The kind's declared properties, by name.");
    }
}
