using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;
using Timeline.Query.Questions;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>statements(speaker, about, from, to, first, after)</c>: <see cref="StatementsQuestion"/>, one page.</summary>
internal sealed class StatementsRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context) =>
        RootPlans.Connection(field, context, StatementsQuestion.Instance, context.Arguments(field).Statements());
}
