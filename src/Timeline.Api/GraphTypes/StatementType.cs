using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Core.Ontology;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Statement</c>.</summary>
internal sealed class StatementType : ShapedObjectType
{
    public StatementType()
        : base(GraphQLNames.Statement, "Something an entity said, what it was about, and where it was reported.")
    {
        Field("id", TypeRefs.NonNull(new IdGraphType())).Description("Stable id, e.g. stmt:….").Property(GraphProperties.Id);
        Field("text", TypeRefs.NonNull(new StringGraphType())).Description("What was said (a quotation when verbatim).").Property(GraphProperties.Text);
        Field("verbatim", TypeRefs.NonNull(new BooleanGraphType())).Description("True when the text is a direct quotation.")
            .Property(GraphProperties.Verbatim, "false");
        Field("date", TypeRefs.Named(GraphQLNames.PartialDate)).Description("When it was said, when known.").Compiles(new DateCompiler(DateLayout.EventDate));
        Field("speaker", TypeRefs.Named(GraphQLNames.Entity)).Description("Who said it.").Compiles(new SpeakerCompiler());
        Field("about", TypeRefs.ListOf(GraphQLNames.Subject)).Description("Entities, events or statements it is about.").Compiles(new AboutCompiler());
        Field("sources", TypeRefs.ListOf(GraphQLNames.SourceRef)).Description("Sources that report this statement.").Compiles(new ReportsCompiler());
        ReportFields.AddTo(this, "statement");
    }
}
