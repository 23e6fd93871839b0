using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary>The report-time fields events and statements share: when first reported, and by how many sources.</summary>
internal static class ReportFields
{
    public static void AddTo(ShapedObjectType type, string what)
    {
        type.Field("firstReported", TypeRefs.Named(GraphQLNames.PartialDate))
            .Description($"When this {what} was first reported: the earliest publication date among its sources (by earliest instant, then latest); null when no source is dated.")
            .Compiles(new FirstReportedCompiler());
        type.Field("sourceCount", TypeRefs.NonNull(new IntGraphType())).Description($"How many sources report this {what}.")
            .Compiles(new SourceCountCompiler());
        type.Field("dateClaims", TypeRefs.ListOf(GraphQLNames.DateClaim))
            .Description($"What each source says the {what}'s date is, by source id. 'date' is the most precise date they agree on: the finest " +
                "claim when every claim contains it, else the range from the earliest to the latest claim.")
            .Compiles(new ReportsCompiler());
        type.Field("claims", TypeRefs.ListOf(GraphQLNames.Claim))
            .Description($"Everything each source says of this {what}, by source id: where sources disagree ({(what == "event" ? "a title, a type, a status, a description" : "the wording, whether it is verbatim")}), " +
                "the answer shows what they decide together and each source's own values stay here.")
            .Compiles(new ReportsCompiler());
    }
}
