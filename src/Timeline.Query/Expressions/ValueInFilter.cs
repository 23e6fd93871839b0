using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary><c>subject.property IN $values</c> (or <c>= $value</c> for one value). Written twice, it shares its parameter.</summary>
public sealed class ValueInFilter(CypherVariable subject, string property, IReadOnlyList<string> values, string parameterHint) : FilterNode
{
    /// <summary>The values accepted.</summary>
    public IReadOnlyList<string> Values => values;

    /// <inheritdoc />
    public override string Write(CypherBuilder builder)
    {
        var access = builder.Name(subject) + "." + CypherNames.Property(property);
        return values.Count == 1
            ? $"{access} = {builder.Parameter(this, parameterHint, values[0])}"
            : $"{access} IN {builder.Parameter(this, parameterHint, values.ToList())}";
    }
}
