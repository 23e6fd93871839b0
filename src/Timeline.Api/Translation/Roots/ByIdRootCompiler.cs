using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;
using Timeline.Query.Questions;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>entity(id)</c> and <c>source(id)</c>: <see cref="ByIdQuestion"/>; an unknown id is NOT_FOUND.</summary>
internal sealed class ByIdRootCompiler(ByIdQuestion question) : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context) =>
        RootPlans.Single(field, context, question, context.Arguments(field).Id("id") ?? "");
}
