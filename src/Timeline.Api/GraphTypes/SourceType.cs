using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Core.Ontology;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Source</c>: a reporting document.</summary>
internal sealed class SourceType : ShapedObjectType
{
    public SourceType()
        : base(GraphQLNames.Source, "A document (article, report) that facts in the graph come from.")
    {
        Field("id", TypeRefs.NonNull(new IdGraphType())).Description("Stable id, e.g. src:….").Property(GraphProperties.Id);
        Field("title", new StringGraphType()).Description("Title of the document.").Property(GraphProperties.Title);
        Field("published", new StringGraphType()).Description("Publication date as PartialDate text.").Property(GraphProperties.Published);
        Field("publishedDate", TypeRefs.Named(GraphQLNames.PartialDate)).Description("Publication date with precision and bounds.")
            .Compiles(new DateCompiler(DateLayout.Of(GraphProperties.Published)));
        Field("publisher", new StringGraphType()).Description("Publisher, when known.").Property(GraphProperties.Publisher);
        Field("url", new StringGraphType()).Description("Where the document was published, when known.").Property(GraphProperties.Url);
        Field("language", new StringGraphType()).Description("Language code of the document.").Property(GraphProperties.Language);
        Field("retracted", TypeRefs.Named(GraphQLNames.Retraction))
            .Description("When, by whom and why the source was retracted (retractSource); null while it stands. A retracted source supports no fact.")
            .Compiles(new RetractionCompiler());
        Field("events", TypeRefs.NonNull(GraphQLNames.Connection(GraphQLNames.Event))).Description("Events this source reports, in chronological order, one page at a time.").Window()
            .Page(DatedConnectionCompiler.DefaultPageSize)
            .Compiles(new DatedConnectionCompiler(DatedLink.EventsReported));
        Field("statements", TypeRefs.NonNull(GraphQLNames.Connection(GraphQLNames.Statement))).Description("Statements this source reports, in chronological order, one page at a time.").Window()
            .Page(DatedConnectionCompiler.DefaultPageSize)
            .Compiles(new DatedConnectionCompiler(DatedLink.StatementsReported));
    }
}
