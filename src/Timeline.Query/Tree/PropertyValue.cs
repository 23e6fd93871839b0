using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary><c>subject.property</c>, optionally with a constant for a missing property (e.g. <c>[]</c> for aliases).</summary>
public sealed class PropertyValue(CypherVariable subject, string property, string? defaultLiteral = null, Func<object?, object?>? convert = null)
    : ValueNode
{
    public override string Write(CypherBuilder builder)
    {
        var access = builder.Name(subject) + "." + CypherNames.Property(property);
        return defaultLiteral is null ? access : $"coalesce({access}, {defaultLiteral})";
    }

    public override object? Shape(object? value) => convert is null ? value : convert(value);

    /// <summary>Whose property this reads.</summary>
    public CypherVariable Subject => subject;

    /// <summary>The property read.</summary>
    public string Property => property;

    /// <summary>The Cypher literal written for a missing property, or null.</summary>
    public string? DefaultLiteral => defaultLiteral;

    public override string? ShorthandFor(CypherVariable candidate) =>
        ReferenceEquals(candidate, subject) && defaultLiteral is null ? property : null;
}
