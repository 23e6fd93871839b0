using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;
using Timeline.Query.Questions;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>timeline(involving, from, to, types, first, after)</c>: <see cref="TimelineQuestion"/>, one page.</summary>
internal sealed class TimelineRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context) =>
        RootPlans.Connection(field, context, TimelineQuestion.Instance, context.Arguments(field).Timeline());
}
