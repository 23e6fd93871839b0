using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;
using Timeline.Query.Questions;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>entities(kind, first, after)</c>: <see cref="EntitiesQuestion"/>, one page.</summary>
internal sealed class EntitiesRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context) =>
        RootPlans.Connection(field, context, EntitiesQuestion.Instance, context.Arguments(field).Entities());
}
