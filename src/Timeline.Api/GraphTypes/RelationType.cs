using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Relation</c>: an entity–entity relationship seen from one end.</summary>
internal sealed class RelationType : ShapedObjectType
{
    public RelationType()
        : base(GraphQLNames.Relation, "A relation between two entities (e.g. HOLDS_POSITION), seen from the entity it was read from.")
    {
        Field("type", TypeRefs.NonNull(GraphQLNames.RelationTypeName)).Description("Relation type from the ontology.").FromScope();
        Field("direction", TypeRefs.NonNull(GraphQLNames.Direction)).Description("OUTGOING when the entity is the subject, INCOMING when the object, BOTH for symmetric types.").FromScope();
        Field("other", TypeRefs.NonNull(GraphQLNames.Entity)).Description("The entity at the other end.").FromScope();
        Field("validFrom", TypeRefs.Named(GraphQLNames.PartialDate)).Description("Since when it holds, when known.").FromScope();
        Field("validTo", TypeRefs.Named(GraphQLNames.PartialDate)).Description("Until when it held, when it has ended.").FromScope();
        Field("properties", TypeRefs.NonNull(GraphQLNames.Json)).Description("The relation's declared properties (e.g. position), by name; a declared date is an object like PartialDate's (text, precision, earliest, latest).").FromScope();
        Field("sources", TypeRefs.ListOf(GraphQLNames.SourceRef)).Description("Sources that report this relation.").FromScope();
    }
}
