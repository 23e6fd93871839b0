using Timeline.Core.Lookup;
using Timeline.Core.Ontology;

namespace Timeline.Core.Schema;

/// <summary>Makes exact the item lists (<see cref="ItemLists"/>) written before the exact flag existed
/// (<see cref="ItemLists.ExactProperty"/>): such a list may hold entries of items deleted, unlinked or dated otherwise since,
/// and is read checking every entry it pages through. Each anchor's unflagged lists (an entity's timeline and the statements
/// about it, an event's or a statement's statements about it) are rebuilt from its items and flagged exact
/// (<see cref="ItemLists.RebuildUnflagged"/>), a batch of anchors per transaction in id order, resumable
/// (<see cref="BatchedWalk"/>); a flagged list (exact or marked not) is left alone, so running it again changes nothing.
/// The lists of ids that are no node now (deleted, merged) are not walked: unflagged, they are still read as not exact.</summary>
public static class ItemListExact
{
    /// <summary>Its migration id.</summary>
    public const string Id = "011_item_lists_exact";

    /// <summary>The migration (no schema statement: the constraints are 008_item_lists).</summary>
    public static SchemaMigration Migration { get; } = new(Id, [],
        new BatchedWalk("exact item lists (entities, events, statements)", [GraphLabels.Entity, .. GraphLabels.Dated], "",
            batch => ItemLists.RebuildUnflagged(batch.Select(r => r.Get<string>("id")))) { BatchSize = RelationListBuild.BatchSize }.Step);
}
