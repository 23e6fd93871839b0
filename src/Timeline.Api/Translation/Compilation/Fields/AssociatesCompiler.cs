using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary><c>associates(kinds, from, to, first, includeParts)</c> (<see cref="AssociatesList"/>).</summary>
internal sealed record AssociatesCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var arguments = context.Arguments(field);
        var (window, kinds, includeParts, first) = (arguments.Window(), arguments.KindLabels("kinds"), arguments.Bool("includeParts"), arguments.First(20));
        // The entity a root looks up by id is grouped in clauses (linear); any other entity, inside a larger answer, by one
        // expression (quadratic in its items).
        var list = ReferenceEquals(scope.Node, context.SingleItem)
            ? AssociatesList.Grouped(scope.Node, window, kinds, includeParts, first)
            : new AssociatesList(scope.Node, window, kinds, includeParts);
        if (list.Aggregate is { } aggregate)
            context.Aggregates.Add(aggregate);
        var fields = new Dictionary<string, FieldFactory>(StringComparer.Ordinal)
        {
            ["entity"] = (f, c) => c.Project(f, Scope.ForNode(list.Associate)),
            ["sharedEvents"] = (_, _) => list.SharedEvents,
            ["sharedStatements"] = (_, _) => list.SharedStatements,
            ["total"] = (_, _) => list.Total,
            ["first"] = (f, c) => list.First(item => DateCompiler.Compile(f, item, DateLayout.EventDate, c)),
            ["last"] = (f, c) => list.Last(item => DateCompiler.Compile(f, item, DateLayout.EventDate, c)),
            ["sample"] = (f, c) => new ListValue(list.Sample(c.Project(f, Scope.ForNode(list.SampleItem)))),
        };
        return list.Project(context.Project(field, Scope.ForValues(fields)), first);
    }
}
