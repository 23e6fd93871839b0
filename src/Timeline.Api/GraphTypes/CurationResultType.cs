using GraphQL.Types;
using Timeline.Core.Curation;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type CurationResult</c>.</summary>
internal sealed class CurationResultType : ObjectGraphType<CurationResult>
{
    public CurationResultType()
    {
        Name = GraphQLNames.CurationResult;
        Description = "Outcome of a curation: it lands whole or not at all, and is recorded in history(id) with its actor and reason.";
        Field("ok", TypeRefs.NonNull(new BooleanGraphType())).Description("True when the curation was applied (or there was nothing left to do).").Resolve(c => c.Source.Ok);
        Field("changeId", new IdGraphType()).Description("Id of the recorded change; null when nothing changed.").Resolve(c => c.Source.ChangeId);
        Field("affected", TypeRefs.NonNull(new IntGraphType())).Description("How many facts (nodes and relations) the change touched.").Resolve(c => c.Source.Affected);
        Field("errors", TypeRefs.ListOf(GraphQLNames.IngestError)).Description("Why the curation was refused, by the argument concerned (nothing is written when there is one).")
            .Resolve(c => c.Source.Errors);
    }
}
