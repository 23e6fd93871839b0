using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>input SourceInput</c>.</summary>
internal sealed class SourceInputType : InputObjectGraphType<object>
{
    public SourceInputType()
    {
        Name = GraphQLNames.SourceInput;
        Description = "The document's own metadata.";
        Field("id", new IdGraphType()).Description("Stable id chosen by the caller, e.g. src:….");
        Field("title", new StringGraphType()).Description("Title.");
        Field("published", TypeRefs.Named(GraphQLNames.DateInput)).Description("Publication date.");
        Field("publisher", new StringGraphType()).Description("Publisher.");
        Field("url", new StringGraphType()).Description("Address.");
        Field("language", new StringGraphType()).Description("Language code.");
    }
}
