using Timeline.Api.Translation.Selection;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>A field read from a node property of the same or another name, with an optional constant when missing.</summary>
internal sealed record PropertyCompiler(string property, string? defaultLiteral = null, Func<object?, object?>? convert = null) : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context) =>
        new PropertyValue(scope.Node, property, defaultLiteral, convert);
}
