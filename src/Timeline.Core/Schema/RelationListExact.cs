using Timeline.Core.Lookup;
using Timeline.Core.Ontology;

namespace Timeline.Core.Schema;

/// <summary>Makes exact the relation lists (<see cref="RelationLists"/>) written before the exact flag existed
/// (<see cref="ItemLists.ExactProperty"/>): such a list may hold entries of relations deleted or moved since, and is read
/// checking every entry. Each entity's unflagged list is rebuilt from its relations and flagged exact
/// (<see cref="RelationLists.RebuildUnflagged"/>), a batch of entities per transaction in id order, resumable
/// (<see cref="BatchedWalk"/>); a flagged list (exact or marked not) is left alone, so running it again changes nothing.
/// The lists of ids that are no entity now (deleted, merged) are not walked: unflagged, they are still read as not exact.</summary>
public static class RelationListExact
{
    /// <summary>Its migration id.</summary>
    public const string Id = "010_relation_lists_exact";

    /// <summary>The migration (no schema statement: the lists share the item lists' nodes and constraints, 008_item_lists).</summary>
    public static SchemaMigration Migration(OntologyModel ontology) =>
        new(Id, [], new BatchedWalk("exact relation lists (entities)", [GraphLabels.Entity], "",
            batch => RelationLists.RebuildUnflagged(ontology, batch.Select(r => r.Get<string>("id")))) { BatchSize = RelationListBuild.BatchSize }.Step);
}
