using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;
using Timeline.Query.Questions;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>search(text, kinds, first)</c>: <see cref="SearchQuestion"/>, best match first.</summary>
internal sealed class SearchRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context) =>
        RootPlans.List(field, context, new SearchQuestion(context.Ontology), context.Arguments(field).Search());
}
