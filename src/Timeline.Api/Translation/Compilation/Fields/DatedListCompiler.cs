using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>A chronological list of events or statements one hop away from the node (an entity's events, what it said,
/// statements about it, a source's reports…), with the optional <c>from</c>/<c>to</c> window, <c>types</c> and <c>role</c>.</summary>
internal sealed record DatedListCompiler(string relationshipType, RelationshipDirection direction, string targetLabel) : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var target = new CypherVariable(targetLabel == "Event" ? "event" : "statement");
        var relationship = new CypherVariable("rel");
        var filters = new List<FilterNode>();
        var window = context.Window(field);
        if (!window.IsOpen)
            filters.Add(new DateWindowFilter(target, window, DateProperties.EventDate));
        if (context.EventTypes(field, allowStatement: false) is { } types)
            filters.Add(new ValueInFilter(target, "type", types, "types"));
        var roleName = field.Arguments.GetValueOrDefault("role") as string;
        if (roleName is not null)
        {
            if (context.Ontology.FindRole(roleName) is null)
            {
                throw new Execution.TimelineException(Execution.ErrorCodes.BadUserInput,
                    $"Unknown role '{roleName}'. Known roles: {string.Join(", ", context.Ontology.Roles.Select(r => r.Name))}.");
            }
            filters.Add(new ValueInFilter(relationship, "role", [roleName], "role"));
        }
        var pattern = new GraphPattern(scope.Node,
            new PatternStep(roleName is not null ? relationship : null, [relationshipType], direction, target, [targetLabel]));
        var element = context.Project(field, Scope.ForNode(target));
        return new ListValue(new ListQuery(new PatternListSource(pattern), filters, element, Sorts.Chronological(target), null));
    }
}
