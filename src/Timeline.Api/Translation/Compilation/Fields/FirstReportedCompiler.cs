using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary><c>firstReported</c>: the earliest publication date among the sources reporting the event or statement
/// (<see cref="FirstReport"/>), as a PartialDate.</summary>
internal sealed record FirstReportedCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var first = new FirstReport(scope.Node);
        return first.Project(DateCompiler.Compile(field, first.Source, DateLayout.Of(GraphProperties.Published), context));
    }
}
