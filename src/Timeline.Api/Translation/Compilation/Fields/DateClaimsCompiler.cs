using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary><c>dateClaims</c>: each reporting source's own date for the event or statement (kept on its REPORTED_IN edge),
/// with the source and excerpt, by source id.</summary>
internal sealed record DateClaimsCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var list = new ReportsList(scope.Node);
        var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["date"] = (f, c) => DateCompiler.Compile(f, list.Report, DateLayout.EventDate, c),
            ["excerpt"] = (_, _) => new PropertyValue(list.Report, GraphProperties.Excerpt),
            ["source"] = (f, c) => c.Project(f, Scope.ForNode(list.Source)),
        };
        return new ListValue(list.Project(context.Project(field, Scope.ForValues(fields))));
    }
}
