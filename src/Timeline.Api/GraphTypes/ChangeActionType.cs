using GraphQL.Types;
using Timeline.Core.Curation;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>enum ChangeAction</c>.</summary>
internal sealed class ChangeActionType : EnumerationGraphType
{
    public ChangeActionType()
    {
        Name = GraphQLNames.ChangeAction;
        Description = "What a change did.";
        Add(ChangeAction.Ingested, ChangeAction.Ingested, "A source's document was ingested (the first time, or a changed version of it).");
        Add(ChangeAction.Retracted, ChangeAction.Retracted, "A source was retracted: its support was taken from every fact.");
        Add(ChangeAction.Reinstated, ChangeAction.Reinstated, "A retracted source was reinstated: its document was ingested again.");
        Add(ChangeAction.Corrected, ChangeAction.Corrected, "An editor corrected a fact (an event, statement or relation): detail holds the changes and the values the answer had before; the correction wins over every source's value.");
        Add(ChangeAction.Withdrawn, ChangeAction.Withdrawn, "An editor withdrew a fact: it left the graph, and no later ingest brings it back; detail holds what it was (its values and each source's claim).");
        Add(ChangeAction.Merged, ChangeAction.Merged, "Entities were merged into one: detail names the survivor (into) and the merged ids (from); this change's id is what unmergeEntities takes.");
        Add(ChangeAction.Unmerged, ChangeAction.Unmerged, "A merge was undone: detail names the merge (merge), the survivor and the ids that came back.");
    }
}
