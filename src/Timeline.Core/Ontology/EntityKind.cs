namespace Timeline.Core.Ontology;

/// <summary>A declared entity kind; becomes a Neo4j label under <c>:Entity</c>.</summary>
public sealed class EntityKind
{
    internal EntityKind(string name, string description, EntityKind? parent, IReadOnlyList<PropertyDefinition> properties)
    {
        Name = name;
        Description = description;
        Parent = parent;
        Properties = properties;
        AllProperties = parent is null ? properties : [.. parent.AllProperties, .. properties];
        Labels = parent is null ? [OntologyModel.EntityLabel, name] : [.. parent.Labels, name];
    }

    /// <summary>PascalCase name, also the most specific Neo4j label.</summary>
    public string Name { get; }

    /// <summary>Human description.</summary>
    public string Description { get; }

    /// <summary>The kind this one extends, or null for a root kind.</summary>
    public EntityKind? Parent { get; }

    /// <summary>Properties declared on this kind itself.</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; }

    /// <summary>Inherited properties (root first) followed by this kind's own.</summary>
    public IReadOnlyList<PropertyDefinition> AllProperties { get; }

    /// <summary>Neo4j labels, most general first, e.g. <c>["Entity","Organization","Government"]</c>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>True when this kind is <paramref name="other"/> or extends it, directly or not.</summary>
    public bool IsA(EntityKind other)
    {
        for (var k = this; k is not null; k = k.Parent)
        {
            if (ReferenceEquals(k, other))
                return true;
        }
        return false;
    }

    /// <summary>The property named <paramref name="name"/> (own or inherited), or null.</summary>
    public PropertyDefinition? FindProperty(string name) => AllProperties.FirstOrDefault(p => p.Name == name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
