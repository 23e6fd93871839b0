using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;

namespace Timeline.Api.Translation.Roots;

/// <summary>Compiles one root field, with its whole selection, into one Cypher statement: binds the field's arguments to
/// its question's argument record, and answers the question the way the field's type asks (<see cref="RootPlans"/>).</summary>
internal interface IRootCompiler
{
    RootPlan Compile(FieldSelection field, CompileContext context);
}
