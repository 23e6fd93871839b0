using GraphQL.Types;
using Timeline.Core.Curation;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Change</c>.</summary>
internal sealed class ChangeType : ObjectGraphType<ChangeRecord>
{
    public ChangeType()
    {
        Name = GraphQLNames.Change;
        Description = "One recorded change to the knowledge graph: who did what, when, from which source, and why.";
        Field("id", TypeRefs.NonNull(new IdGraphType())).Description("The change's id (a merge's is what unmergeEntities takes).").Resolve(c => c.Source.Id);
        Field("at", TypeRefs.NonNull(new StringGraphType())).Description("When, in UTC (ISO-8601).").Resolve(c => c.Source.At);
        Field("actor", TypeRefs.NonNull(new StringGraphType())).Description("Who: an API key (key:…), a token's subject (jwt:…), the CLI's user (cli:…), or system.").Resolve(c => c.Source.Actor);
        Field("action", TypeRefs.NonNull(GraphQLNames.ChangeAction)).Description("What was done.").Resolve(c => c.Source.Action);
        Field("sourceId", new IdGraphType()).Description("The source concerned, if any.").Resolve(c => c.Source.SourceId);
        Field("reason", new StringGraphType()).Description("Why, as the curator said it (ingests have none).").Resolve(c => c.Source.Reason);
        Field("detail", TypeRefs.Named(GraphQLNames.Json)).Description("Further detail, when the change has some.")
            .Resolve(c => c.Source.Detail is null ? null : System.Text.Json.JsonDocument.Parse(c.Source.Detail).RootElement.Clone());
    }
}
