using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>input StatementInput</c>.</summary>
internal sealed class StatementInputType : InputObjectGraphType<object>
{
    public StatementInputType()
    {
        Name = GraphQLNames.StatementInput;
        Description = "A statement the document reports.";
        Field("id", new IdGraphType()).Description("Stable id, e.g. stmt:….");
        Field("speaker", new IdGraphType()).Description("Id of the entity that said it.");
        Field("text", new StringGraphType()).Description("What was said.");
        Field("verbatim", new BooleanGraphType()).Description("True for a direct quotation.");
        Field("date", TypeRefs.Named(GraphQLNames.DateInput)).Description("When it was said.");
        Field("about", TypeRefs.OptionalListOf(new IdGraphType())).Description("Ids of the entities, events or statements it is about.");
        Field("excerpt", new StringGraphType()).Description("Supporting passage of the source.");
    }
}
