using Timeline.Api.Translation.Selection;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>What a statement is about (entities, events or statements), by id.</summary>
internal sealed record AboutCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var about = new AboutList(scope.Node);
        return new ListValue(about.Project(context.Project(field, Scope.ForNode(about.Subject))));
    }
}
