using Timeline.Primitives;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>timelineHistogram</b>: the items of <see cref="TimelineQuestion"/> (same involving, window and types), counted
/// per year, month or day (<see cref="HistogramClause"/>): one bucket per period, in order, empty ones included.</summary>
/// <param name="maxBuckets">The most buckets an answer may have; past it the answer is refused.</param>
public sealed class HistogramQuestion(int maxBuckets) : IQuestion<HistogramArguments>
{
    /// <inheritdoc />
    /// <exception cref="QuestionArgumentException">An argument the timeline cannot take, or a period that is not a year,
    /// month or day.</exception>
    public ReadQuery Build(HistogramArguments arguments)
    {
        if (arguments.By is not (DatePrecision.Year or DatePrecision.Month or DatePrecision.Day))
            throw new QuestionArgumentException($"'by' must be YEAR, MONTH or DAY; got {arguments.By.Name()}.");
        var buckets = new HistogramClause(arguments.By, arguments.Items.Window, maxBuckets);
        var query = TimelineQuestion.Instance.Items(arguments.Items with { Page = null }).Into(buckets);
        return query.OrderBy([new SortKey("__s0", new PropertyValue(query.Item, HistogramClause.Period))]);
    }

    /// <summary>The value saying the answer went past the limit (null when it did not): add it to the projection of each
    /// bucket and pass what it read to <see cref="CheckLimit"/>.</summary>
    public static ValueNode Overflow(CypherVariable bucket) => new PropertyValue(bucket, HistogramClause.Overflow);

    /// <summary>Refuses an answer past the limit, saying which periods it would have spanned.</summary>
    /// <exception cref="QuestionArgumentException">The answer would have more than the limit of buckets.</exception>
    public void CheckLimit(HistogramArguments arguments, object? overflow)
    {
        if (overflow is not IReadOnlyList<object?> span)
            return;
        var given = arguments.Items.Window.IsOpen ? "the counted items run" : "the buckets would run";
        throw new QuestionArgumentException(
            $"'by: {arguments.By.Name()}' gives more than {maxBuckets} buckets: {given} from {span[0]} to {span[1]}. " +
            "Narrow 'from'/'to' or choose a coarser 'by'.");
    }

    /// <inheritdoc />
    public string Describe(HistogramArguments arguments) =>
        TimelineQuestion.Instance.DescribeItems(arguments.Items) + $", counted per {arguments.By.Name().ToLowerInvariant()}: " +
        "events and statements wholly inside it, and items that span it and other periods (imprecise); undated items in none.";

    /// <inheritdoc />
    public IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query) =>
        new[] { HistogramClause.Period, HistogramClause.Events, HistogramClause.Statements, HistogramClause.Imprecise }
            .Select(name => (name, (ValueNode)new PropertyValue(query.Item, name))).ToList();
}
