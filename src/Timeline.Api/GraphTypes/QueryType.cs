using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Execution;
using Timeline.Api.Translation.Roots;
using Timeline.Core.Curation;
using Timeline.Core.Ontology;
using Timeline.Query.Questions;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Query</c>: the root fields of DESIGN §4. Each compiles its whole selection into one Cypher query.</summary>
internal sealed class QueryType : ObjectGraphType<object>
{
    public QueryType(OntologyModel ontology)
    {
        Name = GraphQLNames.Query;
        Description = "Read the knowledge graph. Each root field is answered by exactly one Cypher query.";

        Field("entity", TypeRefs.Named(GraphQLNames.Entity)).Description("An entity by id (NOT_FOUND when there is none).")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "id", a => a.Description = "The entity's id.")
            .Resolve(new RootFieldResolver(new ByIdRootCompiler(ByIdQuestion.Entity)));

        Field("search", TypeRefs.ListOf(GraphQLNames.Entity)).Description("Entities whose name or alias matches, case- and accent-insensitive; exact name first, then alias, prefix, substring.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "text", a => a.Description = "What to look for.")
            .Argument(TypeRefs.OptionalListOf(GraphQLNames.EntityKind), "kinds", a => a.Description = "Only these kinds (subkinds included).")
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "At most this many.";
                a.DefaultValue = 10;
            })
            .Resolve(new RootFieldResolver(new SearchRootCompiler()));

        Field("entities", TypeRefs.NonNull("EntityConnection")).Description("All entities, or those of one kind, ordered by name.")
            .Argument(TypeRefs.Named(GraphQLNames.EntityKind), "kind", a => a.Description = "Only this kind (subkinds included).")
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "Page size.";
                a.DefaultValue = 20;
            })
            .Argument(new StringGraphType(), "after", a => a.Description = "Cursor to continue after.")
            .Resolve(new RootFieldResolver(new EntitiesRootCompiler()));

        Field("timeline", TypeRefs.NonNull("TimelineConnection")).Description("Events and statements involving all the given entities, overlapping [from, to], ordered by (earliest, latest, id).")
            .Argument(TypeRefs.OptionalListOf(new IdGraphType()), "involving", a => a.Description = "Entity ids; an item must involve all of them (events as participant, statements as speaker or subject).")
            .Argument(new StringGraphType(), "from", a => a.Description = "Window start (PartialDate text).")
            .Argument(new StringGraphType(), "to", a => a.Description = "Window end (PartialDate text).")
            .Argument(TypeRefs.OptionalListOf(new StringGraphType()), "types", a => a.Description = "Only these event types; include 'Statement' to keep statements.")
            .Argument(TypeRefs.OptionalListOf(new StringGraphType()), "statuses", a => a.Description =
                "Only events of these statuses (" + string.Join(", ", ontology.EventStatuses.Select(s => s.Name)) + "); statements are kept. Default: every status.")
            .PartsAndReports("items", "each entity in 'involving'")
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "Page size.";
                a.DefaultValue = 50;
            })
            .Argument(new StringGraphType(), "after", a => a.Description = "Cursor to continue after.")
            .Resolve(new RootFieldResolver(new TimelineRootCompiler()));

        Field("timelineHistogram", TypeRefs.ListOf(GraphQLNames.HistogramBucket))
            .Description("How many of timeline's items (the same involving, from, to and types) fall in each year, month or day, in order. " +
                "An item counts in the events or statements of the one bucket holding its whole date (earliest to latest); an item " +
                "whose date spans several buckets counts once in the imprecise of each bucket it overlaps. Undated items are in no " +
                "bucket. The buckets run from the one holding 'from' to the one holding 'to', every one in between included (zeros " +
                "when empty); an absent bound is taken from the items (the first bucket an item starts in, the last one an item " +
                "ends in), so with no bounds and no dated item the list is empty. More than the configured limit of buckets (1000 by " +
                "default) is BAD_USER_INPUT. An id in involving that names nothing gives an empty list.")
            .Argument(TypeRefs.OptionalListOf(new IdGraphType()), "involving", a => a.Description = "Entity ids; an item must involve all of them, as in timeline.")
            .Argument(new StringGraphType(), "from", a => a.Description = "Window start (PartialDate text), as in timeline.")
            .Argument(new StringGraphType(), "to", a => a.Description = "Window end (PartialDate text), as in timeline.")
            .Argument(TypeRefs.OptionalListOf(new StringGraphType()), "types", a => a.Description = "Only these event types; include 'Statement' to keep statements.")
            .Argument(new GranularityType(), "by", a =>
            {
                a.Description = "The buckets' period.";
                a.DefaultValue = "MONTH";
            })
            // Reads every matched item; up to the bucket limit of buckets (weighed as the default list).
            .WithComplexityImpact(100)
            .Resolve(new RootFieldResolver(new HistogramRootCompiler()));

        Field("statements", TypeRefs.NonNull("StatementConnection")).Description("Statements by a speaker and/or about something, overlapping [from, to], in chronological order.")
            .Argument(new IdGraphType(), "speaker", a => a.Description = "Id of the entity that said them.")
            .Argument(new IdGraphType(), "about", a => a.Description = "Id of an entity, event or statement they are about.")
            .Argument(new StringGraphType(), "from", a => a.Description = "Window start (PartialDate text).")
            .Argument(new StringGraphType(), "to", a => a.Description = "Window end (PartialDate text).")
            .PartsAndReports("statements", "each of the speaker and the subject")
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "Page size.";
                a.DefaultValue = 50;
            })
            .Argument(new StringGraphType(), "after", a => a.Description = "Cursor to continue after.")
            .Resolve(new RootFieldResolver(new StatementsRootCompiler()));

        Field("path", TypeRefs.Named(GraphQLNames.Path)).Description("A shortest path between two entities or events, through entities and events (null when none within maxHops).")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "from", a => a.Description = "Start entity or event id.")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "to", a => a.Description = "End entity or event id.")
            .Argument(new IntGraphType(), "maxHops", a =>
            {
                a.Description = "Longest path considered, 1 to 10.";
                a.DefaultValue = 6;
            })
            .Resolve(new RootFieldResolver(new PathRootCompiler()));

        Field("paths", TypeRefs.ListOf(GraphQLNames.Path))
            .Description("Every shortest path between two entities or events (the hops of 'path'), one per distinct sequence of nodes, " +
                "ordered by the ids along the path (compared id by id); where two relations join the same nodes, the first by step type, " +
                "role and direction is kept. Empty when there is none within maxHops, or when an id names nothing.")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "from", a => a.Description = "Start entity or event id.")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "to", a => a.Description = "End entity or event id.")
            .Argument(new IntGraphType(), "maxHops", a =>
            {
                a.Description = "Longest path considered, 1 to 10.";
                a.DefaultValue = 6;
            })
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "At most this many paths.";
                a.DefaultValue = 5;
            })
            // allShortestPaths explores every path up to the shortest length; each path counts 'first' times (the default).
            .WithComplexityImpact(50)
            .Resolve(new RootFieldResolver(new PathsRootCompiler()));

        Field("source", TypeRefs.Named(GraphQLNames.Source)).Description("A source document by id (NOT_FOUND when there is none).")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "id", a => a.Description = "The source's id.")
            .Resolve(new RootFieldResolver(new ByIdRootCompiler(ByIdQuestion.Source)));

        Field("history", TypeRefs.NonNull(GraphQLNames.ChangeConnection))
            .Description("Every recorded change that touched a node or relation — ingested from which source, retracted, reinstated — " +
                "with its actor, time and reason, oldest first. Relations are named TYPE:from->to (then |key when the type has a key).")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "id", a => a.Description = "A node's id, a source's id, or a relation's id.")
            .Argument(new IntGraphType(), "first", a =>
            {
                a.Description = "Page size.";
                a.DefaultValue = 50;
            })
            .Argument(new StringGraphType(), "after", a => a.Description = "Cursor to continue after.")
            .ResolveAsync(async context =>
            {
                var history = context.RequestServices!.GetRequiredService<ChangeHistory>();
                try
                {
                    return await history.ReadAsync(context.GetArgument<string>("id"), context.GetArgument<int>("first"), context.GetArgument<string?>("after"), context.CancellationToken);
                }
                catch (ArgumentException e)
                {
                    throw new TimelineException(ErrorCodes.BadUserInput, e.Message);
                }
            });

        DraftDocumentField.Add(this);
    }
}
