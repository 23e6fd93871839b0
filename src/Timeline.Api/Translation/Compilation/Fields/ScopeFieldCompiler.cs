using Timeline.Api.Translation.Selection;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>For fields of objects that are not nodes: the parent compiler supplies them through the scope.</summary>
internal sealed record ScopeFieldCompiler : IFieldCompiler
{
    public static ScopeFieldCompiler Instance { get; } = new();

    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context) =>
        scope.Fields is not null && scope.Fields.TryGetValue(field.FieldName, out var factory)
            ? factory(field, context)
            : throw new InvalidOperationException($"No value for {field.ParentType.Name}.{field.FieldName} in this scope.");
}
