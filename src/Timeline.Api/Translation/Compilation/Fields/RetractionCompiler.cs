using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary><c>Source.retracted</c>: the tombstone a retraction writes on the source, null while it stands.</summary>
internal sealed record RetractionCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var source = scope.Node;
        var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["at"] = (_, _) => new PropertyValue(source, GraphProperties.RetractedAt),
            ["actor"] = (_, _) => new PropertyValue(source, GraphProperties.RetractedBy),
            ["reason"] = (_, _) => new PropertyValue(source, GraphProperties.RetractedReason),
        };
        var projection = context.Project(field, Scope.ForValues(fields));
        var at = new PropertyValue(source, GraphProperties.RetractedAt);
        return new ExpressionValue(b => $"CASE WHEN {at.Write(b)} IS NULL THEN null ELSE {projection.Write(b)} END", projection.Shape);
    }
}
