using Timeline.Core.Ontology;
using Timeline.Primitives;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>search</b>: entities whose normalised name or alias contains the normalised text, ranked exact name &gt;
/// exact alias &gt; prefix &gt; substring, then by name key and id.</summary>
/// <param name="ontology">Whose kinds a search for some kinds admits: those that carry one of their labels.</param>
public sealed class SearchQuestion(OntologyModel ontology) : IQuestion<SearchArguments>
{
    /// <inheritdoc />
    /// <exception cref="QuestionArgumentException">The text has no letter or digit.</exception>
    public ReadQuery Build(SearchArguments arguments)
    {
        var text = NameKey.Of(arguments.Text);
        if (text.Length == 0)
            throw new QuestionArgumentException("'text' must contain at least one letter or digit.");
        var entity = new CypherVariable("entity");
        var owner = new object();
        string Text(CypherBuilder b) => b.Parameter(owner, "text", text);
        string Keys(CypherBuilder b) => b.Name(entity) + "." + CypherNames.Property(GraphProperties.SearchKeys);

        var filters = new List<FilterNode> { new ExpressionFilter(b => $"any(key IN {Keys(b)} WHERE key CONTAINS {Text(b)})") };
        if (arguments.Kinds is { } kinds)
            filters.Add(new LabelFilter(entity, kinds));
        var rank = new ExpressionValue(b =>
            $"CASE WHEN {b.Name(entity)}.{CypherNames.Property(GraphProperties.NameKey)} = {Text(b)} THEN 0 WHEN {Text(b)} IN {Keys(b)} THEN 1 " +
            $"WHEN any(key IN {Keys(b)} WHERE key STARTS WITH {Text(b)}) THEN 2 ELSE 3 END");
        return ReadQuery.About(entity)
            .Match(new NameSuffixMatch(text), filters)
            .OrderBy(
            [
                new SortKey("rank", rank),
                new SortKey(GraphProperties.NameKey, new PropertyValue(entity, GraphProperties.NameKey, "''")),
                new SortKey(GraphProperties.Id, new PropertyValue(entity, GraphProperties.Id)),
            ], arguments.First)
            .RankedOnSuffixes(text, Text, arguments.Kinds is { } asked ? KindsLabelled(asked) : null);
    }

    // The kinds whose entities carry one of the labels (a subkind carries its parents'): the kinds their name suffixes name.
    private List<string> KindsLabelled(IReadOnlyList<string> labels) =>
        ontology.Kinds.Where(k => k.Labels.Any(labels.Contains)).Select(k => k.Name).ToList();

    /// <inheritdoc />
    public string Describe(SearchArguments arguments) =>
        $"Entities whose name or alias contains \"{arguments.Text}\" (case and accents ignored)"
        + (arguments.Kinds is { } kinds ? ", of kinds " + (kinds.Count == 0 ? "(none)" : string.Join(", ", kinds)) : "")
        + $", best match first, at most {arguments.First}.";

    /// <inheritdoc />
    public IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query) =>
    [
        ("id", new PropertyValue(query.Item, GraphProperties.Id)),
        ("name", new PropertyValue(query.Item, GraphProperties.Name)),
        ("kind", new PropertyValue(query.Item, GraphProperties.Kind)),
        ("aliases", new PropertyValue(query.Item, GraphProperties.Aliases)),
    ];
}
