using Timeline.Api.Execution;
using Timeline.Primitives;
using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;
using Timeline.Core.Ingest;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>search(text, kinds, first)</c>: entities whose normalized name or alias contains the normalized text, ranked
/// exact name &gt; exact alias &gt; prefix &gt; substring, then by name and id.</summary>
internal sealed class SearchRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context)
    {
        var text = NameKey.Of(field.Argument<string>("text") ?? "");
        if (text.Length == 0)
            throw new TimelineException(ErrorCodes.BadUserInput, "'text' must contain at least one letter or digit.");
        var entity = new CypherVariable("entity");
        var query = new object();
        string Q(CypherBuilder b) => b.Parameter(query, "text", text);
        var projection = context.Project(field, Scope.ForNode(entity));
        var operation = new ReadOperation
        {
            Item = entity,
            ItemLabels = [OntologyModel.EntityLabel],
            Sort =
            [
                new SortKey("rank", new ExpressionValue(b =>
                {
                    var e = b.Name(entity);
                    return $"CASE WHEN {e}.nameKey = {Q(b)} THEN 0 WHEN {Q(b)} IN {e}.searchKeys THEN 1 " +
                           $"WHEN any(key IN {e}.searchKeys WHERE key STARTS WITH {Q(b)}) THEN 2 ELSE 3 END";
                })),
                new SortKey("nameKey", new ExpressionValue(b => $"coalesce({b.Name(entity)}.nameKey, '')")),
                new SortKey("id", new ExpressionValue(b => $"{b.Name(entity)}.id")),
            ],
            Limit = context.First(field, 10),
            Projection = projection,
        };
        operation.Filters.Add(new ExpressionFilter(b => $"any(key IN {b.Name(entity)}.searchKeys WHERE key CONTAINS {Q(b)})"));
        if (context.Kinds(field, "kinds") is { } kinds)
            operation.Filters.Add(new LabelFilter(entity, kinds.Select(k => k.Name).ToList()));
        operation.SourceCatalog = context.SourceCatalog;
        return new RootPlan(operation.Write(), result => RootResults.List(result, projection));
    }
}
