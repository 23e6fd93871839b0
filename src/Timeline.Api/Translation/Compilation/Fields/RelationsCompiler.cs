using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Shaping;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary><c>relations(types, direction, validAt, first, after)</c>: an entity's relations as a connection (<see cref="RelationsList"/>).</summary>
internal sealed record RelationsCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var arguments = context.Arguments(field);
        var list = new RelationsList(scope.Node, arguments.RelationTypes(), arguments.Text("direction") ?? "BOTH", context.Ontology,
            arguments.DateAt("validAt"));
        var page = ConnectionBuilder.Paged(field, context, arguments.Page(20));
        // A plain page of the entity a root looks up by id reads its relation list, and so does one of an entity that such a
        // page holds (a level down, and so on); any other entity's relations are matched, and a connection asked only for its
        // totalCount reads no page. The read is registered before the element compiles, so that the level below finds it and
        // its clauses come after this one's.
        // A page that projects only what a relation's row answers takes an exact list's entries as they are; a field that
        // reads the relationship itself has each entry's relationship matched.
        var (rowFields, relationshipFields) = (RowFields(list), RelationshipFields(list, context.Ontology));
        var readsRelationship = ConnectionBuilder.NodeFields(field, context).Any(relationshipFields.ContainsKey);
        var listed = !list.Listable || !ConnectionBuilder.ReadsPage(field, context) ? null
            : ReferenceEquals(scope.Node, context.SingleItem) ? ListedRelations.Of(list, page, readsRelationship)
            : context.ListedRelations.GetValueOrDefault(scope.Node) is { } above ? ListedRelations.Below(above, list, page, readsRelationship)
            : null;
        if (listed is not null)
        {
            context.Aggregates.Add(listed);
            context.ListedRelations[listed.Other] = listed;
        }
        var (item, shape) = ConnectionBuilder.Build(field, context,
            nodeField => context.Project(nodeField, Scope.ForValues(rowFields.Concat(relationshipFields).ToDictionary(StringComparer.Ordinal))), list.Sort, page);
        var query = list.Project(item, page, listed);
        return new ConnectionValue(query, shape, query.Count());
    }

    // The fields of a relation that its row (RelationsList.Row) and other end answer.
    private static Dictionary<string, FieldFactory> RowFields(RelationsList list) => new(StringComparer.Ordinal)
    {
        ["type"] = (_, _) => list.TypeValue,
        ["direction"] = (_, _) => list.DirectionValue,
        ["other"] = (f, c) => c.Project(f, Scope.ForNode(list.Other)),
    };

    // The fields of a relation that read the relationship itself.
    private static Dictionary<string, FieldFactory> RelationshipFields(RelationsList list, OntologyModel ontology)
    {
        var rel = list.Rel;
        var declared = DeclaredProperties(ontology, rel);
        return new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["validFrom"] = (f, c) => DateCompiler.Compile(f, rel, DateLayout.Of(GraphProperties.ValidFrom), c),
            ["validTo"] = (f, c) => DateCompiler.Compile(f, rel, DateLayout.Of(GraphProperties.ValidTo), c),
            ["properties"] = (_, _) => new ExpressionValue(
                b => "{" + string.Join(", ", declared.Select(p => $"{CypherNames.Key(p.Name)}: {p.Value(b)}")) + "}",
                value => value is IReadOnlyDictionary<string, object?> map
                    ? map.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value)
                    : new Dictionary<string, object?>()),
            ["sources"] = (f, c) => RelationSources(f, c, rel),
        };
    }

    /// <summary>The properties the relation types declare, by name, each read as it is stored: a declared date as the whole
    /// <c>PartialDate</c> (text, precision, earliest, latest), as an entity's declared date reads; any other value as it is.
    /// Where relation types disagree on a name's type, the relationship's own type decides.</summary>
    private static List<(string Name, Func<CypherBuilder, string> Value)> DeclaredProperties(OntologyModel ontology, CypherVariable rel) =>
        ontology.RelationTypes
            .SelectMany(t => t.Properties.Select(p => (Type: t.Name, Property: p)))
            .GroupBy(x => x.Property.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var name = g.Key;
                var dated = g.Where(x => x.Property.Type == PropertyType.Date).Select(x => x.Type).ToList();
                string Plain(CypherBuilder b) => $"{b.Name(rel)}.{CypherNames.Property(name)}";
                string Date(CypherBuilder b) => DateValue.Whole(rel, DateLayout.Of(name)).Write(b);
                Func<CypherBuilder, string> value = dated.Count == 0 ? Plain
                    : dated.Count == g.Count() ? Date
                    : b => $"CASE WHEN type({b.Name(rel)}) IN [{string.Join(", ", dated.Select(CypherNames.Literal))}] THEN {Date(b)} ELSE {Plain(b)} END";
                return (name, value);
            })
            .ToList();

    /// <summary>A relation's provenance: its parallel <c>sources</c>/<c>excerpts</c> lists, the ids looked up in the catalogue of
    /// Source nodes collected at the start of the statement.</summary>
    private static ValueNode RelationSources(FieldSelection field, CompileContext context, CypherVariable rel)
    {
        var catalog = context.UseSourceCatalog();
        var index = new CypherVariable("i");
        var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["excerpt"] = (_, _) => new ExpressionValue(b =>
            {
                var excerpt = $"{b.Name(rel)}.{CypherNames.Property(GraphProperties.Excerpts)}[{b.Name(index)}]";
                return $"CASE WHEN {excerpt} = '' THEN null ELSE {excerpt} END";
            }),
            ["source"] = (f, c) =>
            {
                var source = new CypherVariable("src");
                return new SingleValue(new ListQuery(
                    new ExpressionListSource(source, new VariableValue(catalog.Variable)),
                    [new ExpressionFilter(b => $"{b.Name(source)}.{CypherNames.Property(GraphProperties.Id)} = {b.Name(rel)}.{CypherNames.Property(GraphProperties.Sources)}[{b.Name(index)}]")],
                    c.Project(f, Scope.ForNode(source)), [], null));
            },
        };
        var element = context.Project(field, Scope.ForValues(fields));
        var positions = new ExpressionValue(b => $"range(0, size(coalesce({b.Name(rel)}.{CypherNames.Property(GraphProperties.Sources)}, [])) - 1)");
        return new ListValue(new ListQuery(new ExpressionListSource(index, positions), [], element, [], null));
    }
}
