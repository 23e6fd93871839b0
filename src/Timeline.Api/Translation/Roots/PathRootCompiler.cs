using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Questions;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>path(from, to, maxHops)</c>: <see cref="PathQuestion"/>; null when there is no path within the hops. The
/// path is not a node: its fields come from the path variable.</summary>
internal sealed class PathRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context) =>
        RootPlans.Optional(context, new PathQuestion(context.Ontology, context.Limits.MaxPathHops), context.Arguments(field).Path(),
            query => context.Project(field, Scope.ForValues(PathFields(query.Item))));

    /// <summary>The fields of a <c>Path</c>, read from the path variable (also <c>paths</c>' elements).</summary>
    public static Dictionary<string, FieldFactory> PathFields(CypherVariable path) => new(StringComparer.Ordinal)
    {
        ["length"] = (_, _) => new FunctionValue("length", path, convert: v => v is long l ? (int)l : v),
        ["nodes"] = (f, c) =>
        {
            var node = new CypherVariable("node");
            return new ListValue(new ListQuery(new ExpressionListSource(node, new FunctionValue("nodes", path)), [],
                c.Project(f, Scope.ForNode(node)), [], null));
        },
        ["steps"] = (f, c) =>
        {
            var step = new CypherVariable("step");
            var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
            {
                ["type"] = (_, _) => new FunctionValue("type", step),
                ["from"] = (_, _) => new FunctionValue("startNode", step, GraphProperties.Id),
                ["to"] = (_, _) => new FunctionValue("endNode", step, GraphProperties.Id),
                ["role"] = (_, _) => new PropertyValue(step, GraphProperties.Role),
            };
            return new ListValue(new ListQuery(new ExpressionListSource(step, new FunctionValue("relationships", path)), [],
                c.Project(f, Scope.ForValues(fields)), [], null));
        },
    };
}
