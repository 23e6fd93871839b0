using Timeline.Api.Translation.Selection;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>The entity that made a statement (the start of its SAID edge).</summary>
internal sealed record SpeakerCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var speaker = new SpeakerOf(scope.Node);
        return speaker.Project(context.Project(field, Scope.ForNode(speaker.Speaker)));
    }
}
