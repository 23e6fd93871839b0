using Timeline.Core.Lookup;
using Timeline.Core.Ontology;

namespace Timeline.Core.Schema;

/// <summary>Builds the relation lists (<see cref="RelationLists"/>) of a graph written before they existed: every entity's
/// relations listed in its own list, a batch of entities per transaction in id order, resumable (<see cref="BatchedWalk"/>).
/// Listing a relation twice changes nothing, so concurrent writers (which list their own) do no harm.</summary>
public static class RelationListBuild
{
    /// <summary>Its migration id.</summary>
    public const string Id = "009_relation_lists_build";

    /// <summary>The migration (no schema statement: the lists share the item lists' nodes and constraints, 008_item_lists).</summary>
    public static SchemaMigration Migration(OntologyModel ontology) =>
        new(Id, [], new BatchedWalk("relation lists (entities)", [GraphLabels.Entity], "",
            batch => [RelationLists.AddAround(ontology, batch.Select(r => r.Get<string>("id")), ownListsOnly: true)]) { BatchSize = BatchSize }.Step);

    /// <summary>Entities per transaction: a batch writes its entities' whole lists, so fewer than the walk's default, that
    /// a batch holding a hub's many relations stays a short transaction.</summary>
    public const int BatchSize = 100;
}
