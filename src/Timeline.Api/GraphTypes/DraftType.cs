using GraphQL.Types;
using Timeline.Core.Ontology;
using Timeline.Drafting;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Draft</c>: what <c>draftDocument</c> returns.</summary>
internal sealed class DraftType : ObjectGraphType<Draft>
{
    public DraftType()
    {
        Name = GraphQLNames.Draft;
        Description = "A draft ingest document drafted from an article's text, for a person to review before ingesting it. It validates as it is; every item has a note saying how sure the drafter is.";
        Field("document", TypeRefs.NonNull(GraphQLNames.Json))
            .Description("The ingest document (the shape of IngestDocumentInput): send it, edited, as ingestDocument's document.")
            .Resolve(c => c.Source.Document);
        Field("notes", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new DraftNoteType()))))
            .Description("One or more notes per item of the document, with a confidence and the reason.")
            .Resolve(c => c.Source.Notes);
    }
}
