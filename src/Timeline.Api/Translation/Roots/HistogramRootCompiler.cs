using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Selection;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Questions;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>timelineHistogram(involving, from, to, types, by)</c>: <see cref="HistogramQuestion"/>; the buckets are maps, read
/// by name; an answer past the bucket limit is BAD_USER_INPUT.</summary>
internal sealed class HistogramRootCompiler : IRootCompiler
{
    private const string OverflowKey = "__overflow";

    public RootPlan Compile(FieldSelection field, CompileContext context)
    {
        var question = new HistogramQuestion(context.Limits.MaxHistogramBuckets);
        var arguments = context.Arguments(field).Histogram();
        return RootPlans.List(context, question, arguments,
            query =>
            {
                var bucket = context.Project(field, Scope.ForValues(BucketFields(query.Item)));
                bucket.AddHidden(OverflowKey, HistogramQuestion.Overflow(query.Item));
                return bucket;
            },
            item => question.CheckLimit(arguments, item.GetValueOrDefault(OverflowKey)));
    }

    private static Dictionary<string, FieldFactory> BucketFields(CypherVariable bucket) => new(StringComparer.Ordinal)
    {
        [HistogramClause.Period] = (_, _) => new PropertyValue(bucket, HistogramClause.Period),
        [HistogramClause.Events] = (_, _) => Count(bucket, HistogramClause.Events),
        [HistogramClause.Statements] = (_, _) => Count(bucket, HistogramClause.Statements),
        [HistogramClause.Imprecise] = (_, _) => Count(bucket, HistogramClause.Imprecise),
    };

    private static PropertyValue Count(CypherVariable bucket, string name) =>
        new(bucket, name, convert: v => v is long l ? (int)l : v);
}
