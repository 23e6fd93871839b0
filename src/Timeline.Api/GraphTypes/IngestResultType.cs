using GraphQL.Types;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type IngestResult</c>.</summary>
internal sealed class IngestResultType : ObjectGraphType<IngestResult>
{
    public IngestResultType()
    {
        Name = GraphQLNames.IngestResult;
        Description = "Outcome of ingesting one document: it lands whole or not at all.";
        Field("ok", TypeRefs.NonNull(new BooleanGraphType())).Description("True when the document was written.").Resolve(c => c.Source.Ok);
        Field("sourceId", new IdGraphType()).Description("Id of the document's source.").Resolve(c => c.Source.SourceId);
        Field("created", TypeRefs.NonNull(new IntGraphType())).Description("Nodes and relationships created.").Resolve(c => c.Source.Created);
        Field("updated", TypeRefs.NonNull(new IntGraphType())).Description("Nodes and relationships whose properties changed.").Resolve(c => c.Source.Updated);
        Field("errors", TypeRefs.ListOf(GraphQLNames.IngestError)).Description("Every validation error (nothing is written when there is one).")
            .Resolve(c => c.Source.Errors);
    }
}
