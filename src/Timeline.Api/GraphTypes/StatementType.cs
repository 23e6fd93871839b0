using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Statement</c>.</summary>
internal sealed class StatementType : ShapedObjectType
{
    public StatementType()
        : base("Statement", "Something an entity said, what it was about, and where it was reported.")
    {
        Field("id", TypeRefs.NonNull(new IdGraphType())).Description("Stable id, e.g. stmt:….").Property("id");
        Field("text", TypeRefs.NonNull(new StringGraphType())).Description("What was said (a quotation when verbatim).").Property("text");
        Field("verbatim", TypeRefs.NonNull(new BooleanGraphType())).Description("True when the text is a direct quotation.")
            .Property("verbatim", "false");
        Field("date", TypeRefs.Named("PartialDate")).Description("When it was said, when known.").Compiles(new DateCompiler(DateProperties.EventDate));
        Field("speaker", TypeRefs.Named("Entity")).Description("Who said it.").Compiles(new SpeakerCompiler());
        Field("about", TypeRefs.ListOf("Subject")).Description("Entities, events or statements it is about.").Compiles(new AboutCompiler());
        Field("sources", TypeRefs.ListOf("SourceRef")).Description("Sources that report this statement.").Compiles(new ReportsCompiler());
    }
}
