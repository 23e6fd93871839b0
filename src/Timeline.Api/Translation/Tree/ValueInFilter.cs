using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary><c>subject.property IN $values</c> (or <c>= $value</c> for one value). Written twice, it shares its parameter.</summary>
internal sealed class ValueInFilter(CypherVariable subject, string property, IReadOnlyList<string> values, string parameterHint) : FilterNode
{
    public override string Write(CypherBuilder builder)
    {
        var access = builder.Name(subject) + "." + CypherNames.Property(property);
        return values.Count == 1
            ? $"{access} = {builder.Parameter(this, parameterHint, values[0])}"
            : $"{access} IN {builder.Parameter(this, parameterHint, values.ToList())}";
    }
}
