using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>The provenance of an event or statement: each Source reporting it, with the supporting excerpt and the source's
/// own date (kept on its REPORTED_IN edge), by source id — <c>sources</c> (SourceRef) and <c>dateClaims</c> (DateClaim)
/// are both this list, each type asking for its own fields.</summary>
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
        };
        return new ListValue(list.Project(context.Project(field, Scope.ForValues(fields))));
    }
}
