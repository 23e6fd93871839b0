using Timeline.Api.Translation.Selection;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary><c>sourceCount</c>: how many sources report the event or statement.</summary>
internal sealed record SourceCountCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context) => new ReportsList(scope.Node).Count();
}
