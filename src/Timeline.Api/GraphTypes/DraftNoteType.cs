using GraphQL.Types;
using Timeline.Core.Ontology;
using Timeline.Drafting;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type DraftNote</c>.</summary>
internal sealed class DraftNoteType : ObjectGraphType<DraftNote>
{
    public DraftNoteType()
    {
        Name = GraphQLNames.DraftNote;
        Description = "How sure the drafter is of one item of a draft, and why.";
        Field("path", TypeRefs.NonNull(new StringGraphType())).Description("JSON path of the item in the draft's document, e.g. $.statements[3].").Resolve(c => c.Source.Path);
        Field("confidence", TypeRefs.NonNull(new FloatGraphType())).Description("0 (a guess) to 1 (read straight off the text).").Resolve(c => c.Source.Confidence);
        Field("message", TypeRefs.NonNull(new StringGraphType())).Description("What the drafter did and, when unsure, why.").Resolve(c => c.Source.Message);
    }
}
