using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>entities(kind, first, after)</c>: all entities (of a kind, subkinds included), ordered by (name, id).</summary>
internal sealed class EntitiesRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context)
    {
        var entity = new CypherVariable("entity");
        var kind = context.Kinds(field, "kind")?.Single();
        var sort = Sorts.ByName(entity);
        var first = context.First(field, 20);
        var (item, shape) = ConnectionBuilder.Build(field, context, f => context.Project(f, Scope.ForNode(entity)), sort, first,
            field.HasArgument("after"));
        foreach (var key in sort)
            item.AddHidden(key.Name, ReadOperation.SortKeyAlias(key));
        var operation = new ReadOperation
        {
            Item = entity,
            ItemLabels = [kind?.Name ?? OntologyModel.EntityLabel],
            Sort = sort,
            Limit = first + 1,
            Projection = item,
        };
        if (ConnectionBuilder.After(field, sort.Count) is { } after)
            operation.After = new KeysetCursorFilter(sort, after);
        operation.SourceCatalog = context.SourceCatalog;
        return new RootPlan(operation.Write(), result => RootResults.Connection(result, operation.Anchors, shape));
    }
}
