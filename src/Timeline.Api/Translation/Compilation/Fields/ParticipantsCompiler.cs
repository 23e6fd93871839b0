using Timeline.Api.Execution;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>An event's participants (entity and role), optionally of one role, ordered by (role, entity id).</summary>
internal sealed record ParticipantsCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var participation = new CypherVariable("part");
        var entity = new CypherVariable("participant");
        var filters = new List<FilterNode>();
        if (field.Arguments.GetValueOrDefault("role") is string role)
        {
            if (context.Ontology.FindRole(role) is null)
                throw new TimelineException(ErrorCodes.BadUserInput, $"Unknown role '{role}'.");
            filters.Add(new ValueInFilter(participation, "role", [role], "role"));
        }
        var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["role"] = (_, _) => new ExpressionValue(b => $"{b.Name(participation)}.role"),
            ["entity"] = (f, c) => c.Project(f, Scope.ForNode(entity)),
        };
        var element = context.Project(field, Scope.ForValues(fields));
        var sort = new List<SortKey>
        {
            new("__s0", new ExpressionValue(b => $"coalesce({b.Name(participation)}.role, '')")),
            new("__s1", new ExpressionValue(b => $"{b.Name(entity)}.id")),
        };
        var pattern = new GraphPattern(scope.Node,
            new PatternStep(participation, ["PARTICIPANT"], RelationshipDirection.Incoming, entity, [OntologyModel.EntityLabel]));
        return new ListValue(new ListQuery(new PatternListSource(pattern), filters, element, sort, null));
    }
}
