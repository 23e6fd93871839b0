using Timeline.Core.Ontology;

namespace Timeline.Core.Curation;

/// <summary>The kinds of fact an editor can correct or withdraw, as a <see cref="GraphLabels.Correction"/> and a change's
/// detail name them.</summary>
public static class FactKind
{
    /// <summary>An event (by id).</summary>
    public const string Event = "event";

    /// <summary>A statement (by id).</summary>
    public const string Statement = "statement";

    /// <summary>An entity–entity relation (by <see cref="RelationId"/>).</summary>
    public const string Relation = "relation";

    /// <summary>The label of an event's or statement's node.</summary>
    public static string LabelOf(string kind) => kind == Event ? GraphLabels.Event : GraphLabels.Statement;
}
