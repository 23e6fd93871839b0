using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Graph;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>An event's participants (entity and role), optionally of one role, ordered by (role, entity id).</summary>
internal sealed record ParticipantsCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var list = new ParticipantsList(scope.Node, context.Arguments(field).Role());
        var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["role"] = (_, _) => new PropertyValue(list.Participation, GraphProperties.Role),
            ["entity"] = (f, c) => c.Project(f, Scope.ForNode(list.Entity)),
        };
        return new ListValue(list.Project(context.Project(field, Scope.ForValues(fields))));
    }
}
