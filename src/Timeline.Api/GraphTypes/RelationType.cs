using GraphQL.Types;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Relation</c>: an entity–entity relationship seen from one end.</summary>
internal sealed class RelationType : ShapedObjectType
{
    public RelationType()
        : base("Relation", "A relation between two entities (e.g. HOLDS_POSITION), seen from the entity it was read from.")
    {
        Field("type", TypeRefs.NonNull("RelationTypeName")).Description("Relation type from the ontology.").FromScope();
        Field("direction", TypeRefs.NonNull("Direction")).Description("OUTGOING when the entity is the subject, INCOMING when the object, BOTH for symmetric types.").FromScope();
        Field("other", TypeRefs.NonNull("Entity")).Description("The entity at the other end.").FromScope();
        Field("validFrom", TypeRefs.Named("PartialDate")).Description("Since when it holds, when known.").FromScope();
        Field("validTo", TypeRefs.Named("PartialDate")).Description("Until when it held, when it has ended.").FromScope();
        Field("properties", TypeRefs.NonNull("JSON")).Description("The relation's declared properties (e.g. position), by name.").FromScope();
        Field("sources", TypeRefs.ListOf("SourceRef")).Description("Sources that report this relation.").FromScope();
    }
}
