using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>A PartialDate field stored as four node properties.</summary>
internal sealed record DateCompiler(DateLayout properties) : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context) =>
        Compile(field, scope.Node, properties, context);

    public static ValueNode Compile(FieldSelection field, CypherVariable subject, DateLayout properties, CompileContext context) =>
        new DateValue(subject, properties, context.Children(field).Select(c => (c.ResponseKey, c.FieldName)).ToList());
}
