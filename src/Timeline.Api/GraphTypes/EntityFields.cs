using GraphQL;
using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Query.Lists;
using Timeline.Core.Ontology;
using F = Timeline.Core.Ontology.GraphQLNames.EntityFields;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Api.GraphTypes;

/// <summary>The fields every entity has (<see cref="GraphQLNames.EntityFields"/>, names no kind property may take), declared
/// once for the <c>Entity</c> interface and each kind's object type (so both carry the same Cypher compilers).</summary>
internal static class EntityFields
{
    // Called only with the Entity interface and the kinds' object types, where arguments are allowed (the analyzer cannot see that).
#pragma warning disable GQL012
    public static void AddTo(ComplexGraphType<object> type, OntologyModel ontology)
    {
        type.Field(F.Id, TypeRefs.NonNull(new IdGraphType())).Description("Stable id, e.g. person:delcy-rodriguez.").Property(P.Id);
        type.Field(F.Name, TypeRefs.NonNull(new StringGraphType())).Description("Human name; descriptive when the entity is unnamed.").Property(P.Name);
        type.Field(F.Kind, TypeRefs.NonNull(GraphQLNames.EntityKind)).Description("The entity's kind.").Property(P.Kind);
        type.Field(F.Aliases, TypeRefs.ListOf(new StringGraphType().Name)).Description("Other names it is known by.").Property(P.Aliases, "[]");
        type.Field(F.Description, new StringGraphType()).Description("Short description.").Property(P.Description);
        type.Field(F.Named, TypeRefs.NonNull(new BooleanGraphType())).Description("False when sources only describe it (e.g. 'the fifth tanker').")
            .Property(P.Named, "true");
        type.Field(F.Relations, TypeRefs.NonNull(GraphQLNames.Connection(GraphQLNames.Relation))).Description("Relations to other entities, ordered by type and the other end's id.")
            .Argument(TypeRefs.OptionalListOf(GraphQLNames.RelationTypeName), "types", a => a.Description = "Only these relation types.")
            .Argument(new DirectionType(), "direction", a =>
            {
                a.Description = "Only relations in this direction.";
                a.DefaultValue = "BOTH";
            })
            .Argument(TypeRefs.Named(GraphQLNames.DateInput), "validAt", a => a.Description =
                "Only relations valid at this date: [validFrom, validTo] overlaps it at its precision (a relation valid until \"2019\" is valid at \"2019-06\"); a missing validFrom or validTo is open. A PartialDate text or a range {earliest, latest}.")
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "Page size (at most the configured maximum, 100 by default).";
                a.DefaultValue = 20;
            })
            .Argument(new StringGraphType(), "after", a => a.Description = "Cursor to continue after (pageInfo.endCursor).")
            .Compiles(new RelationsCompiler());
        type.Field(F.Events, TypeRefs.NonNull(GraphQLNames.Connection(GraphQLNames.Event))).Description("Events it took part in, in chronological order, one page at a time (an event it took part in under several roles is one item).")
            .Window()
            .Argument(TypeRefs.OptionalListOf(new StringGraphType()), "types", a => a.Description = "Only these event types.")
            .Argument(new StringGraphType(), "role", a => a.Description = "Only events where it had this role.")
            .Page(DatedConnectionCompiler.DefaultPageSize)
            .Compiles(new DatedConnectionCompiler(DatedLink.EventsOfEntity));
        type.Field(F.Said, TypeRefs.NonNull(GraphQLNames.Connection(GraphQLNames.Statement))).Description("Statements it made, in chronological order, one page at a time.").Window()
            .Page(DatedConnectionCompiler.DefaultPageSize)
            .Compiles(new DatedConnectionCompiler(DatedLink.Said));
        type.Field(F.MentionedIn, TypeRefs.NonNull(GraphQLNames.Connection(GraphQLNames.Statement))).Description("Statements about it, in chronological order, one page at a time.").Window()
            .Page(DatedConnectionCompiler.DefaultPageSize)
            .Compiles(new DatedConnectionCompiler(DatedLink.MentionedIn));
        type.Field(F.Neighbors, TypeRefs.ListOf(GraphQLNames.Entity)).Description("Entities within 'depth' relation hops, ordered by name.")
            .Argument(new IntGraphType(), "depth", a =>
            {
                a.Description = "Hops, 1 to 3.";
                a.DefaultValue = 1;
            })
            .Argument(TypeRefs.OptionalListOf(GraphQLNames.EntityKind), "kinds", a => a.Description = "Only entities of these kinds (subkinds included).")
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "At most this many.";
                a.DefaultValue = 20;
            })
            .Compiles(new NeighborsCompiler());
        type.Field(F.Associates, TypeRefs.ListOf(GraphQLNames.Associate))
            .Description("Entities that share events (both participants) or statements (speaker or subject, in either role) with it, " +
                "ranked by the number of shared items (most first), then id; never itself. A shared item counts once however the two " +
                "are involved in it. With includeParts its parts' items count as its own, and its parts are never associates. Reads every item of the entity.")
            .Argument(TypeRefs.OptionalListOf(GraphQLNames.EntityKind), "kinds", a => a.Description = "Only associates of these kinds (subkinds included).")
            .Argument(new StringGraphType(), "from", a => a.Description = "Only shared items overlapping [from, to] count, as in timeline (PartialDate text; its earliest instant).")
            .Argument(new StringGraphType(), "to", a => a.Description = "Window end (PartialDate text; its latest instant).")
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "At most this many.";
                a.DefaultValue = 20;
            })
            .IncludeParts("the entity")
            // Reads every item of the entity and every entity of those items; each associate counts 'first' times (the default).
            .WithComplexityImpact(50)
            .Compiles(new AssociatesCompiler());
    }
#pragma warning restore GQL012
}
