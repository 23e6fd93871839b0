using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;
using Timeline.Query.Questions;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>paths(from, to, maxHops, first)</c>: <see cref="PathsQuestion"/>; each element reads as <c>path</c>'s does.</summary>
internal sealed class PathsRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context) =>
        RootPlans.List(context, new PathsQuestion(new PathQuestion(context.Ontology, context.Limits.MaxPathHops)), context.Arguments(field).Paths(),
            query => context.Project(field, Scope.ForValues(PathRootCompiler.PathFields(query.Item))));
}
