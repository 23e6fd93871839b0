using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>The provenance of an event or statement: each Source reporting it, with the supporting excerpt and the source's
/// own values (kept on its REPORTED_IN edge), by source id — <c>sources</c> (SourceRef), <c>dateClaims</c> (DateClaim) and
/// <c>claims</c> (Claim) are all this list, each type asking for its own fields.</summary>
internal sealed record ReportsCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var list = new ReportsList(scope.Node);
        var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["excerpt"] = (_, _) => new PropertyValue(list.Report, GraphProperties.Excerpt),
            ["date"] = (f, c) => DateCompiler.Compile(f, list.Report, DateLayout.EventDate, c),
            ["source"] = (f, c) => c.Project(f, Scope.ForNode(list.Source)),
            ["values"] = (_, _) => new FunctionValue("properties", list.Report, convert: ClaimValues),
        };
        return new ListValue(list.Project(context.Project(field, Scope.ForValues(fields))));
    }

    // A claim as stored (the node's property names, the date laid out, the excerpt beside it) in the ingest document's shape.
    private static object? ClaimValues(object? stored)
    {
        if (stored is not IReadOnlyDictionary<string, object?> claim) return stored;
        var laidOut = DateLayout.EventDate.Names.Skip(1).Append(GraphProperties.Excerpt).ToHashSet(StringComparer.Ordinal);
        return claim.Where(kv => !laidOut.Contains(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value);
    }
}
