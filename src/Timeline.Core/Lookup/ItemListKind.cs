using Timeline.Core.Ontology;

namespace Timeline.Core.Lookup;

/// <summary>Which items an anchor's <see cref="ItemLists">item list</see> holds: those of <see cref="ItemLabels"/> joined to
/// the anchor by one of <see cref="Types"/>, in <see cref="Direction"/> (from the item; null: either way).</summary>
/// <param name="Name">Starts the list's key.</param>
/// <param name="ItemLabels">The labels of the items listed.</param>
/// <param name="Types">The relationship types between an item and its anchor.</param>
/// <param name="Direction">"-&gt;" from the item to the anchor, "&lt;-" from the anchor to the item, null either way.</param>
/// <param name="AnchorLabel">The anchor's label, or null for any node.</param>
public sealed record ItemListKind(string Name, IReadOnlyList<string> ItemLabels, IReadOnlyList<string> Types, string? Direction, string? AnchorLabel)
{
    /// <summary><c>timeline(involving:)</c>: events and statements an entity takes part in, said or is what they are about.</summary>
    public static ItemListKind Involving { get; } = new("involving", GraphLabels.Dated, GraphRelationshipTypes.Involvement, null, GraphLabels.Entity);

    /// <summary><c>statements(about:)</c>: statements about an entity, an event or a statement.</summary>
    public static ItemListKind About { get; } = new("about", [GraphLabels.Statement], [GraphRelationshipTypes.About], "->", null);

    /// <summary>Every kind, in the order a listing is written.</summary>
    public static IReadOnlyList<ItemListKind> All { get; } = [Involving, About];

    /// <summary>The pattern <c>(item)-[:TYPES]-(anchor:Label)</c> between the two Cypher variables, as written in a MATCH or a
    /// pattern comprehension (naming the relationship <paramref name="relationship"/> when given).</summary>
    public string Pattern(string item, string anchor, string? relationship = null)
    {
        var types = relationship + ":" + string.Join("|", Types);
        var label = AnchorLabel is null ? "" : ":" + AnchorLabel;
        return Direction switch
        {
            "->" => $"({item})-[{types}]->({anchor}{label})",
            "<-" => $"({item})<-[{types}]-({anchor}{label})",
            _ => $"({item})-[{types}]-({anchor}{label})",
        };
    }

    /// <summary>The key of the list of <paramref name="anchorId"/>'s items of this kind.</summary>
    public string ListKey(string anchorId) => Name + ItemLists.Separator + anchorId;
}
