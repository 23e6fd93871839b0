using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>What a statement is about (entities, events or statements), by id.</summary>
internal sealed record AboutCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var subject = new CypherVariable("subject");
        var pattern = new GraphPattern(scope.Node, new PatternStep(null, ["ABOUT"], RelationshipDirection.Outgoing, subject, []));
        return new ListValue(new ListQuery(new PatternListSource(pattern), [], context.Project(field, Scope.ForNode(subject)),
            Sorts.ById(subject), null));
    }
}
