using Timeline.Api.Execution;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>An entity's entity–entity relations as a connection, filtered by type and direction, ordered by
/// (type, other end's id, relation key). Symmetric types are stored once and match in either direction.</summary>
internal sealed record RelationsCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var self = scope.Node;
        var rel = new CypherVariable("rel");
        var other = new CypherVariable("other");
        var ontology = context.Ontology;
        var types = field.Arguments.GetValueOrDefault("types") is IEnumerable<object?> requested
            ? requested.Select(t => t?.ToString() ?? "").Distinct(StringComparer.Ordinal).ToList()
            : ontology.RelationTypes.Select(t => t.Name).ToList();
        foreach (var type in types)
        {
            if (ontology.FindRelationType(type) is null)
                throw new TimelineException(ErrorCodes.BadUserInput, $"Unknown relation type '{type}'.");
        }
        var symmetric = types.Where(t => ontology.FindRelationType(t)!.Symmetric).ToList();
        var filters = new List<FilterNode>();
        if (types.Count == 0)
        {
            // An empty list of types selects nothing; the pattern still needs a type list.
            types = ontology.RelationTypes.Select(t => t.Name).ToList();
            filters.Add(new ExpressionFilter(_ => "false"));
        }
        var direction = field.Arguments.GetValueOrDefault("direction") as string ?? "BOTH";

        if (direction != "BOTH")
        {
            var wantStart = direction == "OUTGOING";
            filters.Add(new ExpressionFilter(b =>
            {
                var test = $"{(wantStart ? "startNode" : "endNode")}({b.Name(rel)}) = {b.Name(self)}";
                return symmetric.Count == 0 ? test : $"({test} OR type({b.Name(rel)}) IN {b.Parameter(symmetric, "symmetricTypes", symmetric)})";
            }));
        }
        var sort = new List<SortKey>
        {
            new("__s0", new ExpressionValue(b => $"type({b.Name(rel)})")),
            new("__s1", new ExpressionValue(b => $"{b.Name(other)}.id")),
            new("__s2", new ExpressionValue(b => $"coalesce({b.Name(rel)}.key, '')")),
            // A→B and B→A of one directed type are two facts (A opposes B; B opposes A): without the direction their
            // keys would be equal and the sort would keep only one. Symmetric types are stored once (ingest orders them).
            new("__s3", new ExpressionValue(b => $"CASE WHEN startNode({b.Name(rel)}) = {b.Name(self)} THEN 'OUTGOING' ELSE 'INCOMING' END")),
        };
        if (ConnectionBuilder.After(field, sort.Count) is { } after)
            filters.Add(new KeysetCursorFilter(sort, after));

        var first = context.First(field, 20);
        var (item, shape) = ConnectionBuilder.Build(field, context,
            nodeField => context.Project(nodeField, Scope.ForValues(RelationFields(self, rel, other, symmetric, ontology))),
            sort, first, field.HasArgument("after"));
        var pattern = new GraphPattern(self, new PatternStep(rel, types, RelationshipDirection.Either, other, [OntologyModel.EntityLabel]));
        return new ConnectionValue(new ListQuery(new PatternListSource(pattern), filters, item, sort, first + 1), shape);
    }

    private static Dictionary<string, FieldFactory> RelationFields(
        CypherVariable self, CypherVariable rel, CypherVariable other, IReadOnlyList<string> symmetric, OntologyModel ontology)
    {
        var declared = ontology.RelationTypes.SelectMany(t => t.Properties).Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["type"] = (_, _) => new ExpressionValue(b => $"type({b.Name(rel)})"),
            ["direction"] = (_, _) => new ExpressionValue(b =>
            {
                var r = b.Name(rel);
                var outgoing = $"WHEN startNode({r}) = {b.Name(self)} THEN 'OUTGOING' ELSE 'INCOMING'";
                return symmetric.Count == 0
                    ? $"CASE {outgoing} END"
                    : $"CASE WHEN type({r}) IN {b.Parameter(symmetric, "symmetricTypes", symmetric)} THEN 'BOTH' {outgoing} END";
            }),
            ["other"] = (f, c) => c.Project(f, Scope.ForNode(other)),
            ["validFrom"] = (f, c) => DateCompiler.Compile(f, rel, DateProperties.Prefixed("validFrom"), c),
            ["validTo"] = (f, c) => DateCompiler.Compile(f, rel, DateProperties.Prefixed("validTo"), c),
            ["properties"] = (_, _) => new ExpressionValue(
                b => "{" + string.Join(", ", declared.Select(p => $"{CypherNames.Key(p)}: {b.Name(rel)}.{CypherNames.Property(p)}")) + "}",
                value => value is IReadOnlyDictionary<string, object?> map
                    ? map.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value)
                    : new Dictionary<string, object?>()),
            ["sources"] = (f, c) => RelationSources(f, c, rel),
        };
    }

    /// <summary>A relation's provenance: its parallel <c>sources</c>/<c>excerpts</c> lists, the ids looked up in the catalogue of
    /// Source nodes collected at the start of the query.</summary>
    private static ValueNode RelationSources(FieldSelection field, CompileContext context, CypherVariable rel)
    {
        var catalog = context.UseSourceCatalog();
        var index = new CypherVariable("i");
        var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["excerpt"] = (_, _) => new ExpressionValue(b =>
            {
                var excerpt = $"{b.Name(rel)}.excerpts[{b.Name(index)}]";
                return $"CASE WHEN {excerpt} = '' THEN null ELSE {excerpt} END";
            }),
            ["source"] = (f, c) =>
            {
                var source = new CypherVariable("src");
                var projection = c.Project(f, Scope.ForNode(source));
                return new SingleValue(new ListQuery(
                    new ExpressionListSource(source, b => b.Name(catalog)),
                    [new ExpressionFilter(b => $"{b.Name(source)}.id = {b.Name(rel)}.sources[{b.Name(index)}]")],
                    projection, [], null));
            },
        };
        var element = context.Project(field, Scope.ForValues(fields));
        var list = new ListQuery(
            new ExpressionListSource(index, b => $"range(0, size(coalesce({b.Name(rel)}.sources, [])) - 1)"),
            [], element, [], null);
        return new ListValue(list);
    }
}
