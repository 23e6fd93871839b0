using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Query.Lists;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary>The fields every entity has, declared once for the <c>Entity</c> interface and each kind's object type (so both
/// carry the same Cypher compilers).</summary>
internal static class EntityFields
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "name", "kind", "aliases", "description", "named", "relations", "events", "said", "mentionedIn", "neighbors",
    };

    // Called only with the Entity interface and the kinds' object types, where arguments are allowed (the analyzer cannot see that).
#pragma warning disable GQL012
    public static void AddTo(ComplexGraphType<object> type, OntologyModel ontology)
    {
        type.Field("id", TypeRefs.NonNull(new IdGraphType())).Description("Stable id, e.g. person:delcy-rodriguez.").Property("id");
        type.Field("name", TypeRefs.NonNull(new StringGraphType())).Description("Human name; descriptive when the entity is unnamed.").Property("name");
        type.Field("kind", TypeRefs.NonNull("EntityKind")).Description("The entity's kind.").Property("kind");
        type.Field("aliases", TypeRefs.ListOf(new StringGraphType().Name)).Description("Other names it is known by.").Property("aliases", "[]");
        type.Field("description", new StringGraphType()).Description("Short description.").Property("description");
        type.Field("named", TypeRefs.NonNull(new BooleanGraphType())).Description("False when sources only describe it (e.g. 'the fifth tanker').")
            .Property("named", "true");
        type.Field("relations", TypeRefs.NonNull("RelationConnection")).Description("Relations to other entities, ordered by type and the other end's id.")
            .Argument(TypeRefs.OptionalListOf("RelationTypeName"), "types", a => a.Description = "Only these relation types.")
            .Argument(new DirectionType(), "direction", a =>
            {
                a.Description = "Only relations in this direction.";
                a.DefaultValue = "BOTH";
            })
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "Page size (at most the configured maximum, 100 by default).";
                a.DefaultValue = 20;
            })
            .Argument(new StringGraphType(), "after", a => a.Description = "Cursor to continue after (pageInfo.endCursor).")
            .Compiles(new RelationsCompiler());
        type.Field("events", TypeRefs.ListOf("Event")).Description("Events it took part in, in chronological order.")
            .Window()
            .Argument(TypeRefs.OptionalListOf(new StringGraphType()), "types", a => a.Description = "Only these event types.")
            .Argument(new StringGraphType(), "role", a => a.Description = "Only events where it had this role.")
            .Compiles(new DatedListCompiler(DatedLink.EventsOfEntity));
        type.Field("said", TypeRefs.ListOf("Statement")).Description("Statements it made, in chronological order.").Window()
            .Compiles(new DatedListCompiler(DatedLink.Said));
        type.Field("mentionedIn", TypeRefs.ListOf("Statement")).Description("Statements about it, in chronological order.").Window()
            .Compiles(new DatedListCompiler(DatedLink.MentionedIn));
        type.Field("neighbors", TypeRefs.ListOf("Entity")).Description("Entities within 'depth' relation hops, ordered by name.")
            .Argument(new IntGraphType(), "depth", a =>
            {
                a.Description = "Hops, 1 to 3.";
                a.DefaultValue = 1;
            })
            .Argument(TypeRefs.OptionalListOf("EntityKind"), "kinds", a => a.Description = "Only entities of these kinds (subkinds included).")
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "At most this many.";
                a.DefaultValue = 20;
            })
            .Compiles(new NeighborsCompiler());
    }
#pragma warning restore GQL012
}
