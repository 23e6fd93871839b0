using Timeline.Api.Execution;
using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;
using Timeline.Query.Browser;
using Timeline.Query.Clauses;
using Timeline.Query.Questions;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Roots;

/// <summary>The ways a root field answers a question, each written once: a Relay connection (one page), a list, one node
/// (NOT_FOUND when absent), or a value that may be null. Each builds the question's query tree, projects its item from the
/// field's selection (the source catalogue comes along when the projection reads it), and reads the rows back.</summary>
internal static class RootPlans
{
    /// <summary>A connection: the question's page, each item with its sort keys (the cursor), pageInfo from one extra item, and
    /// the count of every item in the same statement when <c>totalCount</c> is selected.</summary>
    public static RootPlan Connection<TArguments>(FieldSelection field, CompileContext context, IQuestion<TArguments> question, TArguments arguments)
    {
        var asked = question.Build(arguments);
        var page = asked.Page ?? throw new InvalidOperationException("A connection needs a page.");
        var (item, shape) = ConnectionBuilder.Build(field, context, f => context.Project(f, Scope.ForNode(asked.Item)), asked.Sort, page);
        if (shape.ShowsCursors)
        {
            foreach (var key in asked.Sort)
                item.AddHidden(key.Name, new AliasValue(key.Name)); // bound by the ordering WITH: carried, not computed again
        }
        var query = shape.CountsTotal ? asked.Counted() : asked;
        var statement = query.Statement(item, context.SourceCatalog);
        return new RootPlan(statement, result =>
        {
            Answers.CheckAnchors(result, query.Anchors);
            return shape.Shape(Answers.Items(result), shape.CountsTotal ? Answers.Total(result) : 0);
        }, () => BrowserCypher.Write(question, arguments));
    }

    /// <summary>A list of items, each projected from the field's selection.</summary>
    public static RootPlan List<TArguments>(FieldSelection field, CompileContext context, IQuestion<TArguments> question, TArguments arguments)
    {
        var query = question.Build(arguments);
        var projection = context.Project(field, Scope.ForNode(query.Item));
        var statement = query.Statement(projection, context.SourceCatalog);
        return new RootPlan(statement,
            result => result.Records.Select(r => projection.Shape(r[ItemReturn.ItemColumn])).ToList(),
            () => BrowserCypher.Write(question, arguments));
    }

    /// <summary>A list of values that are not nodes (e.g. paths), each projected by <paramref name="project"/>; an unknown id
    /// among the anchors gives an empty list, not NOT_FOUND. <paramref name="check"/>, when given, reads each item first (and may refuse the answer).</summary>
    public static RootPlan List<TArguments>(CompileContext context, IQuestion<TArguments> question, TArguments arguments,
        Func<ReadQuery, ProjectionNode> project, Action<IReadOnlyDictionary<string, object?>>? check = null)
    {
        var query = question.Build(arguments);
        var projection = project(query);
        var statement = query.Statement(projection, context.SourceCatalog);
        return new RootPlan(statement, result =>
        {
            var items = Answers.Items(result);
            foreach (var item in items)
                check?.Invoke(item);
            return items.Select(projection.Shape).ToList();
        }, () => BrowserCypher.Write(question, arguments));
    }

    /// <summary>One node by id: NOT_FOUND naming the id when there is none.</summary>
    public static RootPlan Single(FieldSelection field, CompileContext context, ByIdQuestion question, string id)
    {
        var query = question.Build(id);
        context.SingleItem = query.Item;
        var projection = context.Project(field, Scope.ForNode(query.Item));
        var statement = query.Statement(projection, context.SourceCatalog, context.Aggregates);
        return new RootPlan(statement, result =>
        {
            if (result.Records.Count == 0 || result.Records[0][ItemReturn.ItemColumn] is null)
                throw new TimelineException(ErrorCodes.NotFound, $"No {question.What} with id '{id}'.");
            return projection.Shape(result.Records[0][ItemReturn.ItemColumn]);
        }, () => BrowserCypher.Write(question, id));
    }

    /// <summary>One value or null (e.g. no path within the hops), after checking the anchors; <paramref name="project"/>
    /// projects the item when it is not a node.</summary>
    public static RootPlan Optional<TArguments>(CompileContext context, IQuestion<TArguments> question, TArguments arguments,
        Func<ReadQuery, ProjectionNode> project)
    {
        var query = question.Build(arguments);
        var projection = project(query);
        var statement = query.Statement(projection, context.SourceCatalog);
        return new RootPlan(statement, result =>
        {
            Answers.CheckAnchors(result, query.Anchors);
            var value = result.Records.Count == 0 ? null : result.Records[0][ItemReturn.ItemColumn];
            return value is null ? null : projection.Shape(value);
        }, () => BrowserCypher.Write(question, arguments));
    }
}
