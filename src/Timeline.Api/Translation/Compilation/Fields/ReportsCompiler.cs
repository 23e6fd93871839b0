using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>The provenance of an event or statement: each Source reporting it, with the supporting excerpt, by source id.</summary>
internal sealed record ReportsCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var report = new CypherVariable("report");
        var source = new CypherVariable("source");
        var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["excerpt"] = (_, _) => new ExpressionValue(b => $"{b.Name(report)}.excerpt"),
            ["source"] = (f, c) => c.Project(f, Scope.ForNode(source)),
        };
        var element = context.Project(field, Scope.ForValues(fields));
        var pattern = new GraphPattern(scope.Node,
            new PatternStep(report, ["REPORTED_IN"], RelationshipDirection.Outgoing, source, ["Source"]));
        return new ListValue(new ListQuery(new PatternListSource(pattern), [], element, Sorts.ById(source), null));
    }
}
