using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;

namespace Timeline.Api.Translation.Roots;

/// <summary>Compiles one root field, with its whole selection, into one Cypher statement.</summary>
internal interface IRootCompiler
{
    RootPlan Compile(FieldSelection field, CompileContext context);
}
