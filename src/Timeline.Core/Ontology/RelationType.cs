namespace Timeline.Core.Ontology;

/// <summary>A declared entity–entity relation; becomes a Neo4j relationship type.</summary>
public sealed class RelationType
{
    internal RelationType(string name, string description, IReadOnlyList<EntityKind> from, IReadOnlyList<EntityKind> to,
        bool symmetric, IReadOnlyList<PropertyDefinition> properties)
    {
        Name = name;
        Description = description;
        From = from;
        To = to;
        Symmetric = symmetric;
        Properties = properties;
    }

    /// <summary>UPPER_SNAKE name.</summary>
    public string Name { get; }

    /// <summary>Human description.</summary>
    public string Description { get; }

    /// <summary>Kinds allowed at the start; a subkind is allowed where its parent is listed.</summary>
    public IReadOnlyList<EntityKind> From { get; }

    /// <summary>Kinds allowed at the end; a subkind is allowed where its parent is listed.</summary>
    public IReadOnlyList<EntityKind> To { get; }

    /// <summary>True when direction carries no meaning (A ALLIED_WITH B means B ALLIED_WITH A).</summary>
    public bool Symmetric { get; }

    /// <summary>Properties the relation may carry.</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; }

    /// <summary>
    /// True when a relation from <paramref name="from"/> to <paramref name="to"/> is allowed.
    /// A symmetric relation is also allowed in the reverse direction, since its direction is arbitrary.
    /// </summary>
    public bool Allows(EntityKind from, EntityKind to) =>
        AllowsDirected(from, to) || (Symmetric && AllowsDirected(to, from));

    /// <summary>The property named <paramref name="name"/>, or null.</summary>
    public PropertyDefinition? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);

    /// <inheritdoc />
    public override string ToString() => Name;

    private bool AllowsDirected(EntityKind from, EntityKind to) =>
        From.Any(from.IsA) && To.Any(to.IsA);
}
