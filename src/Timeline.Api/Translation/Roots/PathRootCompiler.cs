using Timeline.Api.Execution;
using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>path(from, to, maxHops)</c>: a shortest path between two entities or events, through entities and events only
/// (entity–entity relations and PARTICIPANT edges — never sources, statements or schema bookkeeping).</summary>
internal sealed class PathRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context)
    {
        var from = field.Argument<string>("from") ?? "";
        var to = field.Argument<string>("to") ?? "";
        var maxHops = field.Arguments.GetValueOrDefault("maxHops") is { } m ? Convert.ToInt32(m) : 6;
        if (maxHops < 1 || maxHops > context.Limits.MaxPathHops)
            throw new TimelineException(ErrorCodes.BadUserInput, $"'maxHops' must be between 1 and {context.Limits.MaxPathHops}; got {maxHops}.");
        if (from == to)
            throw new TimelineException(ErrorCodes.BadUserInput, "'from' and 'to' must name different nodes.");

        string[] labels = [OntologyModel.EntityLabel, "Event"];
        var origin = new Anchor(new CypherVariable("origin"), labels, from, "from", "from");
        var target = new Anchor(new CypherVariable("target"), labels, to, "to", "to");
        var path = new CypherVariable("path");
        var types = context.Ontology.RelationTypes.Select(t => t.Name).Append("PARTICIPANT").ToList();
        var projection = context.Project(field, Scope.ForValues(PathFields(path)));
        var operation = new ReadOperation
        {
            Item = path,
            ShortestPath = true,
            // The hop bound is a validated integer (1..MaxPathHops); Cypher cannot take it as a parameter.
            Pattern = new GraphPattern(origin.Variable, new PatternStep(null, types, RelationshipDirection.Either, target.Variable, [], maxHops)),
            Projection = projection,
        };
        operation.Anchors.Add(origin);
        operation.Anchors.Add(target);
        operation.SourceCatalog = context.SourceCatalog;
        return new RootPlan(operation.Write(), result =>
        {
            RootResults.CheckAnchors(result, operation.Anchors);
            var value = result.Records.Count == 0 ? null : result.Records[0][ReadOperation.ItemColumn];
            return value is null ? null : projection.Shape(value);
        });
    }

    private static Dictionary<string, FieldFactory> PathFields(CypherVariable path) => new(StringComparer.Ordinal)
    {
        ["length"] = (_, _) => new ExpressionValue(b => $"length({b.Name(path)})", v => v is long l ? (int)l : v),
        ["nodes"] = (f, c) =>
        {
            var node = new CypherVariable("node");
            return new ListValue(new ListQuery(new ExpressionListSource(node, b => $"nodes({b.Name(path)})"), [],
                c.Project(f, Scope.ForNode(node)), [], null));
        },
        ["steps"] = (f, c) =>
        {
            var step = new CypherVariable("step");
            var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
            {
                ["type"] = (_, _) => new ExpressionValue(b => $"type({b.Name(step)})"),
                ["from"] = (_, _) => new ExpressionValue(b => $"startNode({b.Name(step)}).id"),
                ["to"] = (_, _) => new ExpressionValue(b => $"endNode({b.Name(step)}).id"),
                ["role"] = (_, _) => new ExpressionValue(b => $"{b.Name(step)}.role"),
            };
            return new ListValue(new ListQuery(new ExpressionListSource(step, b => $"relationships({b.Name(path)})"), [],
                c.Project(f, Scope.ForValues(fields)), [], null));
        },
    };
}
