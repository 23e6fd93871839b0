using Timeline.Api.Execution;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>Entities within <c>depth</c> entity–entity relation hops (either direction, any ontology relation type),
/// optionally of some kinds, ordered by (name, id), at most <c>first</c>.</summary>
internal sealed record NeighborsCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var self = scope.Node;
        var depth = field.Arguments.GetValueOrDefault("depth") is { } d ? Convert.ToInt32(d) : 1;
        if (depth < 1 || depth > context.Limits.MaxNeighborDepth)
            throw new TimelineException(ErrorCodes.BadUserInput, $"'depth' must be between 1 and {context.Limits.MaxNeighborDepth}; got {depth}.");
        var neighbor = new CypherVariable("neighbor");
        var filters = new List<FilterNode> { new ExpressionFilter(b => $"{b.Name(neighbor)} <> {b.Name(self)}") };
        if (context.Kinds(field, "kinds") is { } kinds)
            filters.Add(new LabelFilter(neighbor, kinds.Select(k => k.Name).ToList()));
        var types = context.Ontology.RelationTypes.Select(t => t.Name).ToList();
        // The hop bound is a validated integer chosen from 1..MaxNeighborDepth; Cypher cannot take it as a parameter.
        var pattern = new GraphPattern(self,
            new PatternStep(null, types, RelationshipDirection.Either, neighbor, [OntologyModel.EntityLabel], depth));
        return new ListValue(new ListQuery(new PatternListSource(pattern), filters, context.Project(field, Scope.ForNode(neighbor)),
            Sorts.ByName(neighbor), context.First(field, 20)));
    }
}
