namespace Timeline.Core.Ontology;

/// <summary>The names a declaration may not take, and why: each follows from the graph's own vocabulary (its labels,
/// relationship types and the properties ingest writes, the date layout, the GraphQL schema's names, the exports' columns).
/// The ontology loader asks here; a name reused would overwrite what the model writes, hide a property behind a field, or
/// break the schema.</summary>
public static class ReservedNames
{
    private const string GraphMlColumn = "the GraphML export writes its own column under that name";
    private const string ScriptMergeKey = "the Cypher export merges relationships on it (PARTICIPANT's role)";

    private static readonly Dictionary<string, string> EntityProperties = new(StringComparer.Ordinal)
    {
        [GraphProperties.NameKey] = "ingest writes the name's search key there",
        [GraphProperties.SearchKeys] = "ingest writes the search keys of the name and aliases there",
        [GraphProperties.Sources] = "ingest writes the ids of the reporting sources there",
    };

    private static readonly Dictionary<string, string> RelationProperties = new(StringComparer.Ordinal)
    {
        [GraphProperties.Key] = "ingest merges the relation on the key it writes there; a declared one would duplicate the relation on the next ingest",
        [GraphProperties.Excerpts] = "ingest writes the relation's excerpts (one per source) there",
        [GraphProperties.Sources] = "ingest writes the ids of the reporting sources there",
    };

    // Names the relation itself has in documents and exports (its type, ends, excerpt).
    private static readonly string[] RelationFields = [GraphProperties.Id, GraphProperties.Type, "from", "to", GraphProperties.Excerpt];

    /// <summary>Why no kind may be named <paramref name="name"/>, or null when it may.</summary>
    public static string? KindName(string name) =>
        GraphLabels.All.Contains(name) ? "it is already a label of the graph model"
        : GraphQLNames.Types.Contains(name) ? "it is already a GraphQL type of the schema"
        : null;

    /// <summary>Why no event type may be named <paramref name="name"/>, or null when it may.</summary>
    public static string? EventTypeName(string name) =>
        name == GraphLabels.Statement ? "timeline(types: […]) takes it to mean statements" : null;

    /// <summary>Why no relation type may be named <paramref name="name"/>, or null when it may.</summary>
    public static string? RelationTypeName(string name) =>
        GraphRelationshipTypes.All.Contains(name) ? "it is already a relationship type of the graph model" : null;

    /// <summary>Why no kind may declare a property named <paramref name="name"/>, or null when it may.</summary>
    public static string? KindProperty(string name) =>
        EntityProperties.TryGetValue(name, out var why) ? why
        : ExportColumns.GraphMlNode.Contains(name) && !GraphProperties.OfEntity.Contains(name) ? GraphMlColumn
        : GraphQLNames.EntityFields.All.Contains(name) && GraphProperties.OfEntity.Contains(name) ? "every entity has it (a field of documents and of GraphQL)"
        : GraphQLNames.EntityFields.All.Contains(name) ? "it is a GraphQL field of every entity type, which would hide the property"
        : null;

    /// <summary>Why no relation type may declare a property named <paramref name="name"/>, or null when it may.</summary>
    public static string? RelationProperty(string name) =>
        RelationProperties.TryGetValue(name, out var why) ? why
        : ExportColumns.ScriptMergeKeys.Contains(name) ? ScriptMergeKey
        : RelationFields.Contains(name) ? "it names a field of the relation itself"
        : ExportColumns.GraphMlEdge.Contains(name) ? GraphMlColumn
        // The validity bounds are stored as validFrom…/validTo… variants (see DateLayout), hence the prefixes.
        : name.StartsWith(GraphProperties.ValidFrom, StringComparison.Ordinal) || name.StartsWith(GraphProperties.ValidTo, StringComparison.Ordinal)
            ? "the relation's validity is stored under validFrom… and validTo…"
        : null;

    /// <summary>Names a document's event may not use among its free <c>properties</c>: those of the event node and of the
    /// event in the document.</summary>
    public static IReadOnlySet<string> EventProperties { get; } =
        new HashSet<string>([.. GraphProperties.OfEvent, GraphProperties.Excerpt, "participants"], StringComparer.Ordinal);
}
