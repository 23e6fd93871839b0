using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>path</b>: a shortest path between two entities or events, through entities and events only (the ontology's
/// entity–entity relations and PARTICIPANT edges — never sources, statements or bookkeeping nodes).</summary>
/// <param name="ontology">Gives the relation types a path may follow.</param>
/// <param name="maxHopsLimit">The longest path anyone may ask for (the hop bound is written into the pattern).</param>
public sealed class PathQuestion(OntologyModel ontology, int maxHopsLimit) : IQuestion<PathArguments>
{
    /// <inheritdoc />
    /// <exception cref="QuestionArgumentException">maxHops out of range, or both ends the same.</exception>
    public ReadQuery Build(PathArguments arguments)
    {
        var (anchors, chain) = Ends(arguments);
        return ReadQuery.About(new CypherVariable("path")).Anchored(anchors).Match(new ShortestPathMatch(chain));
    }

    /// <summary>The two ends (anchors <c>from</c> and <c>to</c>, each an entity or an event) and the chain pattern between
    /// them that a path may follow: the hop rules of <b>path</b>, shared by <b>paths</b>.</summary>
    /// <exception cref="QuestionArgumentException">maxHops out of range, or both ends the same.</exception>
    public (IReadOnlyList<Anchor> Anchors, GraphPattern Chain) Ends(PathArguments arguments)
    {
        if (arguments.MaxHops < 1 || arguments.MaxHops > maxHopsLimit)
            throw new QuestionArgumentException($"'maxHops' must be between 1 and {maxHopsLimit}; got {arguments.MaxHops}.");
        if (arguments.From == arguments.To)
            throw new QuestionArgumentException("'from' and 'to' must name different nodes.");

        string[] labels = [GraphLabels.Entity, GraphLabels.Event];
        var origin = new Anchor(new CypherVariable("origin"), labels, arguments.From, "from", "from");
        var target = new Anchor(new CypherVariable("target"), labels, arguments.To, "to", "to");
        var types = ontology.RelationTypes.Select(t => t.Name).Append(GraphRelationshipTypes.Participant).ToList();
        // The hop bound is a checked integer (1..maxHopsLimit); Cypher cannot take it as a parameter.
        var step = new PatternStep(null, types, RelationshipDirection.Either, target.Variable, [], arguments.MaxHops);
        return ([origin, target], new GraphPattern(origin.Variable, step));
    }

    /// <inheritdoc />
    public string Describe(PathArguments arguments) =>
        $"A shortest path from {arguments.From} to {arguments.To} (at most {arguments.MaxHops} hops) through entities and events.";

    /// <inheritdoc />
    public IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query) =>
    [
        ("path", new VariableValue(query.Item)),
        ("length", new FunctionValue("length", query.Item)),
    ];
}
