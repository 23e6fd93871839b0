using Timeline.Core.Lookup;
using Timeline.Core.Ontology;

namespace Timeline.Core.Schema;

/// <summary>Builds the item lists (<see cref="ItemLists"/>) of a graph written before they existed: every event and
/// statement listed under its anchors, a batch per transaction in id order, resumable (<see cref="BatchedWalk"/>). Listing
/// an item twice changes nothing, so concurrent writers (which list their own) do no harm.</summary>
public static class ItemListBuild
{
    /// <summary>Its migration id.</summary>
    public const string Id = "008_item_lists_build";

    private static readonly BatchedWalk Walk = new("item lists (events, statements)", GraphLabels.Dated, "",
        batch => ItemLists.Add(batch.Select(r => r.Get<string>("id"))) is { } add ? [add] : []);

    /// <summary>The migration (no schema statement: the constraints are 008_item_lists).</summary>
    public static SchemaMigration Migration { get; } = new(Id, [], Walk.Step);
}
