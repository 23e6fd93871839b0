using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>entity(id)</c> and <c>source(id)</c>: one node by its indexed id; an unknown id is NOT_FOUND.</summary>
internal sealed class ByIdRootCompiler(string label, string what) : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context)
    {
        var id = field.Argument<string>("id") ?? "";
        var node = new CypherVariable(label == "Source" ? "source" : "entity");
        var projection = context.Project(field, Scope.ForNode(node));
        var operation = new ReadOperation
        {
            Item = node,
            ItemLabels = [label],
            ItemKey = ("id", "id", id),
            Projection = projection,
            SourceCatalog = context.SourceCatalog,
        };
        return new RootPlan(operation.Write(), result => RootResults.Single(result, projection, what, id));
    }
}
