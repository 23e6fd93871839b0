using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary>A single related object (<c>head([...])</c>), null when there is none.</summary>
internal sealed class SingleValue(ListQuery query) : ValueNode
{
    public override string Write(CypherBuilder builder) => "head(" + query.Write(builder) + ")";

    public override object? Shape(object? value) => value is null ? null : query.Element.Shape(value);
}
