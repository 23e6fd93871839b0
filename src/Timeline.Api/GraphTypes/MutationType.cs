using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Security;
using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ontology;
using Timeline.Core.Security;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Mutation</c>.</summary>
internal sealed class MutationType : ObjectGraphType<object>
{
    public MutationType()
    {
        Name = GraphQLNames.Mutation;
        Description = "Load data.";
        Field("ingestDocument", TypeRefs.NonNull(GraphQLNames.IngestResult))
            .Description("Validates one ingest document against the ontology and writes it in one transaction (the same service as the CLI). Validation errors are returned, not thrown.")
            .Argument(TypeRefs.NonNull(GraphQLNames.IngestDocumentInput), "document", a => a.Description = "The document, exactly as in an ingest JSON file.")
            .RequiresRole(ApiKeyRole.Writer)
            .ResolveAsync(async context =>
            {
                // The coerced input is plain dictionaries and lists; the ingestion service validates the JSON itself, so the
                // input goes back to JSON (JSON paths in its errors then match the document the client sent).
                var document = JsonSerializer.SerializeToElement(context.GetArgument<object>("document"));
                // Audited: every attempt leaves an (:IngestAudit) record naming the caller (key id or JWT subject).
                var service = context.RequestServices!.GetRequiredService<AuditedIngestion>();
                return await service.IngestAsync(document, CallerClaims.ActorOf(context.User), context.CancellationToken);
            });
        Field("retractSource", TypeRefs.NonNull(GraphQLNames.CurationResult))
            .Description("Retracts a source (e.g. withdrawn by its publisher): its support is taken from every fact at once. A fact no other " +
                "source supports disappears; a fact others support stays, with their excerpts and values. The source stays as a tombstone " +
                "(Source.retracted) and ingesting it again is refused until it is reinstated. Recorded in history(id) with the actor and reason.")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "id", a => a.Description = "The source's id.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "reason", a => a.Description = "Why, for the record.")
            .RequiresRole(ApiKeyRole.Editor)
            .ResolveAsync(async context => await Curation(context).RetractSourceAsync(context.GetArgument<string>("id"), context.GetArgument<string>("reason"),
                CallerClaims.ActorOf(context.User), context.CancellationToken));
        Field("reinstateSource", TypeRefs.NonNull(GraphQLNames.CurationResult))
            .Description("Lifts a source's retraction: its kept document is ingested again, as it was. Recorded in history(id) with the actor and reason.")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "id", a => a.Description = "The source's id.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "reason", a => a.Description = "Why, for the record.")
            .RequiresRole(ApiKeyRole.Editor)
            .ResolveAsync(async context => await Curation(context).ReinstateSourceAsync(context.GetArgument<string>("id"), context.GetArgument<string>("reason"),
                CallerClaims.ActorOf(context.User), context.CancellationToken));
        Field("withdrawFact", TypeRefs.NonNull(GraphQLNames.CurationResult))
            .Description("Withdraws a fact an editor finds wrong: the event or statement (with its participations, speaker and about links) " +
                "or the relation leaves the graph, and a later document that asserts it is written without it. Its sources' claims stay " +
                "in history(id) (the change's detail). Withdrawing a withdrawn fact changes nothing (changeId null).")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "id", a => a.Description = "An event's or statement's id, or a relation's key: TYPE:from->to, then |key when its type has required properties.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "reason", a => a.Description = "Why, for the record.")
            .RequiresRole(ApiKeyRole.Editor)
            .ResolveAsync(async context => await Facts(context).WithdrawFactAsync(context.GetArgument<string>("id"), context.GetArgument<string>("reason"),
                CallerClaims.ActorOf(context.User), context.CancellationToken));
        Field("correctFact", TypeRefs.NonNull(GraphQLNames.CurationResult))
            .Description("Corrects a fact: the changed fields win over every source's value in every answer, and keep winning after later " +
                "ingests, retractions and reinstatements. The sources' own values stay on their claims (dateClaims) and in history(id) " +
                "(the change's detail: changes and before). A second correction of the same fact merges into the first, field by field.")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "id", a => a.Description = "An event's or statement's id, or a relation's key: TYPE:from->to, then |key when its type has required properties.")
            .Argument(TypeRefs.NonNull(GraphQLNames.Json), "changes", a => a.Description =
                "The fields to correct, in the ingest document's shape. Event: title, type, status, date, description, properties, participants " +
                "(the whole corrected list). Statement: text, verbatim, date. Relation: validFrom, validTo, properties (not its key property). " +
                "null removes an optional value.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "reason", a => a.Description = "Why, for the record.")
            .RequiresRole(ApiKeyRole.Editor)
            .ResolveAsync(async context => await Facts(context).CorrectFactAsync(context.GetArgument<string>("id"),
                JsonSerializer.SerializeToElement(context.GetArgument<object>("changes")), context.GetArgument<string>("reason"),
                CallerClaims.ActorOf(context.User), context.CancellationToken));
        Field("mergeEntities", TypeRefs.NonNull(GraphQLNames.CurationResult))
            .Description("Merges entities that are one (two documents gave one person two ids) into a survivor: every relationship, source " +
                "and alias moves to it and each merged entity's name becomes one of its aliases; it keeps its own id, name and kind. The merged " +
                "ids keep resolving: entity(id:) answers the survivor, and a later document that uses one lands on it. Refused across " +
                "incompatible kinds (only one kind, or a kind and a kind it extends, merge). Returns the changeId that unmergeEntities takes.")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "into", a => a.Description = "The survivor's id.")
            .Argument(TypeRefs.NonNull(new ListGraphType(new NonNullGraphType(new IdGraphType()))), "from", a => a.Description = "The ids merged into it.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "reason", a => a.Description = "Why, for the record.")
            .RequiresRole(ApiKeyRole.Editor)
            .ResolveAsync(async context => await Merge(context).MergeEntitiesAsync(context.GetArgument<string>("into"), context.GetArgument<List<string>>("from"),
                context.GetArgument<string>("reason"), CallerClaims.ActorOf(context.User), context.CancellationToken));
        Field("unmergeEntities", TypeRefs.NonNull(GraphQLNames.CurationResult))
            .Description("Undoes a merge: each merged entity comes back as it was, with its relationships, and the survivor as it was; what was " +
                "ingested under a merged id since the merge lands on that id again. Refused when a later retraction, correction, withdrawal " +
                "or merge touched these entities (undo it first). Undoing an undone merge changes nothing.")
            .Argument(TypeRefs.NonNull(new IdGraphType()), "changeId", a => a.Description = "The changeId mergeEntities returned.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "reason", a => a.Description = "Why, for the record.")
            .RequiresRole(ApiKeyRole.Editor)
            .ResolveAsync(async context => await Merge(context).UnmergeEntitiesAsync(context.GetArgument<string>("changeId"), context.GetArgument<string>("reason"),
                CallerClaims.ActorOf(context.User), context.CancellationToken));
    }

    private static EntityMerge Merge(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<EntityMerge>();

    private static FactCuration Facts(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<FactCuration>();

    private static SourceCuration Curation(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<SourceCuration>();
}
