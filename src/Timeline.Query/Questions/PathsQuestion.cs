using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>paths</b>: every shortest path between two entities or events (the ends and hop rules of
/// <see cref="PathQuestion"/>, matched with <c>allShortestPaths</c>), one per distinct sequence of nodes, ordered by that
/// sequence of node ids (compared id by id, ordinally), at most <c>first</c>. Where several paths pass through the same
/// nodes (two relations between the same pair), the one kept is the first by its steps (type, role, start id).</summary>
public sealed class PathsQuestion(PathQuestion path) : IQuestion<PathsArguments>
{
    // Joins ids in the keys: a control character sorts before every character an id may hold (ids have none), so the
    // joined texts order as the id sequences do.
    private const string Separator = "'\\u0001'";

    /// <inheritdoc />
    /// <exception cref="QuestionArgumentException">maxHops out of range, or both ends the same.</exception>
    public ReadQuery Build(PathsArguments arguments)
    {
        var (anchors, chain) = path.Ends(arguments.Path);
        var item = new CypherVariable("path");
        var (key, node, step) = (new CypherVariable("key"), new CypherVariable("node"), new CypherVariable("step"));
        string Id(CypherBuilder b, string of) => $"{of}.{CypherNames.Property(GraphProperties.Id)}";
        var nodes = new ExpressionValue(b =>
            $"reduce({b.Name(key)} = '', {b.Name(node)} IN nodes({b.Name(item)}) | {b.Name(key)} + {Id(b, b.Name(node))} + {Separator})");
        var steps = new ExpressionValue(b =>
            $"reduce({b.Name(key)} = '', {b.Name(step)} IN relationships({b.Name(item)}) | {b.Name(key)} + type({b.Name(step)}) + {Separator} + " +
            $"coalesce({b.Name(step)}.{CypherNames.Property(GraphProperties.Role)}, '') + {Separator} + {Id(b, $"startNode({b.Name(step)})")} + {Separator})");
        var distinct = new FirstOfEachClause(nodes, [steps]);
        return ReadQuery.About(item)
            .Anchored(anchors)
            .Match(new ShortestPathMatch(chain, all: true))
            .Then(distinct)
            .OrderBy([new SortKey("__s0", distinct.Key)], arguments.First);
    }

    /// <inheritdoc />
    public string Describe(PathsArguments arguments) =>
        $"Every shortest path from {arguments.Path.From} to {arguments.Path.To} (at most {arguments.Path.MaxHops} hops) through entities " +
        $"and events, one per sequence of nodes, ordered by their ids, at most {arguments.First}.";

    /// <inheritdoc />
    public IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query) => path.BrowserColumns(query);
}
