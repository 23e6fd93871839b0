using Timeline.Api.Translation.Selection;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation;

/// <summary>Turns a selected field into a value node of the query tree. Attached to schema fields as metadata.</summary>
internal interface IFieldCompiler
{
    ValueNode Compile(FieldSelection field, Scope scope, CompileContext context);
}
