using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Source</c>: a reporting document.</summary>
internal sealed class SourceType : ShapedObjectType
{
    public SourceType()
        : base("Source", "A document (article, report) that facts in the graph come from.")
    {
        Field("id", TypeRefs.NonNull(new IdGraphType())).Description("Stable id, e.g. src:….").Property("id");
        Field("title", new StringGraphType()).Description("Title of the document.").Property("title");
        Field("published", new StringGraphType()).Description("Publication date as PartialDate text.").Property("published");
        Field("publishedDate", TypeRefs.Named("PartialDate")).Description("Publication date with precision and bounds.")
            .Compiles(new DateCompiler(DateProperties.Prefixed("published")));
        Field("publisher", new StringGraphType()).Description("Publisher, when known.").Property("publisher");
        Field("url", new StringGraphType()).Description("Where the document was published, when known.").Property("url");
        Field("language", new StringGraphType()).Description("Language code of the document.").Property("language");
        Field("events", TypeRefs.ListOf("Event")).Description("Events this source reports, in chronological order.").Window()
            .Compiles(new DatedListCompiler(DatedLink.EventsReported));
        Field("statements", TypeRefs.ListOf("Statement")).Description("Statements this source reports, in chronological order.").Window()
            .Compiles(new DatedListCompiler(DatedLink.StatementsReported));
    }
}
