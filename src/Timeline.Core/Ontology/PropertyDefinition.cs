namespace Timeline.Core.Ontology;

/// <summary>A property declared on an entity kind or a relation type.</summary>
/// <param name="Name">camelCase property name, as stored in Neo4j.</param>
/// <param name="Type">The value type documents must supply.</param>
/// <param name="Required">Whether every instance must carry the property.</param>
/// <param name="Description">Human description, used in generated docs.</param>
public sealed record PropertyDefinition(string Name, PropertyType Type, bool Required, string Description);
