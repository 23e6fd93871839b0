using GraphQL.Types;
using Timeline.Core.Ingest;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type IngestError</c>.</summary>
internal sealed class IngestErrorType : ObjectGraphType<ValidationError>
{
    public IngestErrorType()
    {
        Name = GraphQLNames.IngestError;
        Description = "A problem in an ingest document.";
        Field("path", TypeRefs.NonNull(new StringGraphType())).Description("JSON path of the offending value, e.g. $.events[3].participants[0].entity.").Resolve(c => c.Source.Path);
        Field("message", TypeRefs.NonNull(new StringGraphType())).Description("What is wrong.").Resolve(c => c.Source.Message);
    }
}
