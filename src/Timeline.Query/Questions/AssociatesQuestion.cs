using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Graph;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>associates</b> of one entity by id, as Neo4j Browser rows (one per associate): the list
/// <c>Entity.associates</c> computes inside whatever root selects it (<see cref="AssociatesList"/>), here unwound. The
/// service answers the nested field; this question is its Browser text.</summary>
public sealed class AssociatesQuestion : IQuestion<AssociatesArguments>
{
    /// <summary>The question.</summary>
    public static AssociatesQuestion Instance { get; } = new();

    /// <inheritdoc />
    public ReadQuery Build(AssociatesArguments arguments)
    {
        var entity = new CypherVariable("entity");
        var list = new AssociatesList(entity, arguments.Window, arguments.Kinds, arguments.IncludeParts);
        var row = new ProjectionNode(null, GraphQLNames.Associate, null);
        row.Add("name", "name", new PropertyValue(list.Associate, GraphProperties.Name), null);
        row.Add("id", "id", new PropertyValue(list.Associate, GraphProperties.Id), null);
        row.Add("kind", "kind", new PropertyValue(list.Associate, GraphProperties.Kind), null);
        row.Add("sharedEvents", "sharedEvents", list.SharedEvents, null);
        row.Add("sharedStatements", "sharedStatements", list.SharedStatements, null);
        row.Add("total", "total", list.Total, null);
        row.Add("first", "first", list.First(item => new PropertyValue(item, DateLayout.EventDate.Text)), null);
        row.Add("last", "last", list.Last(item => new PropertyValue(item, DateLayout.EventDate.Text)), null);
        var caption = new ProjectionNode(null, null, null);
        caption.Add("caption", "caption", Captions.Of(list.SampleItem), null);
        var sample = new ListValue(list.Sample(caption));
        var captions = new CypherVariable("sampled");
        row.Add("sample", "sample", new ExpressionValue(b => $"[{b.Name(captions)} IN {sample.Write(b)} | {b.Name(captions)}.caption]"), null);
        return ReadQuery.About(entity)
            .Match(new NodeMatch([GraphLabels.Entity], (GraphProperties.Id, "id", arguments.Entity)))
            .Into(new UnwindClause(list.Project(row, arguments.First)));
    }

    /// <inheritdoc />
    public string Describe(AssociatesArguments arguments) =>
        $"Who appears with {arguments.Entity}" + (arguments.IncludeParts ? $" (with its parts: PART_OF, up to {PartsOf.MaxSteps} steps)" : "")
        + ": entities sharing events or statements with it"
        + (arguments.Kinds is { } kinds ? ", of kinds " + (kinds.Count == 0 ? "(none)" : string.Join(", ", kinds)) : "")
        + (arguments.Window.IsOpen ? "" : ", counting items " + arguments.Window.Describe())
        + $", most shared items first (then id), at most {arguments.First}, with the first and last shared dates and up to three shared items.";

    /// <inheritdoc />
    public IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query) =>
        new[] { "name", "id", "kind", "sharedEvents", "sharedStatements", "total", "first", "last", "sample" }
            .Select(name => (name, (ValueNode)new PropertyValue(query.Item, name))).ToList();
}
