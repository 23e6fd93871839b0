using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQL.Types;
using GraphQLParser.AST;
using Timeline.Api.GraphTypes;
using Timeline.Api.Http;

namespace Timeline.Api.Execution.Shaped;

/// <summary>
/// The query strategy: GraphQL.NET's parallel execution, except that a root field the translator answered whole (its one
/// Cypher statement shaped every value below it) is written straight from the shaped value, with no execution node per
/// field below it: building, resolving and serialising those nodes one by one cost a page of 50 timeline items ~0.6 ms
/// (bench/README item 21).
/// </summary>
/// <remarks>The answer comes out exactly as GraphQL.NET's execution gives it — its own field collection (fragments,
/// <c>@skip</c>/<c>@include</c>, merged fields), type checks and scalar serialisation are used — and only when it would give it
/// without an error: a value that needs one (a null for a non-null type, a value a scalar refuses, a type that does not match)
/// sends the field through the ordinary execution instead, which reports it as before (<see cref="ShapedAnswer"/>).</remarks>
internal sealed class ShapedExecutionStrategy(ILogger<ShapedExecutionStrategy> logger, ResponseSerializer serializer) : ParallelExecutionStrategy
{
    private long _written;
    private long _executed;

    /// <summary>How many root fields were written from their shaped value, and how many executed as usual (a value that
    /// needed an error) since the process started.</summary>
    public (long Written, long Executed) Answers => (Interlocked.Read(ref _written), Interlocked.Read(ref _executed));

    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition,
        int? indexInParentNode = null) =>
        parent is RootExecutionNode && fieldDefinition.Resolver is RootFieldResolver
            ? new ShapedRootNode(parent, graphType, field, fieldDefinition)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);

    protected override Task CompleteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        if (node is not ShapedRootNode root)
            return base.CompleteNodeAsync(context, node);
        if (ShapedAnswer.TryWrite(context, root, serializer.Options, CollectFields, out var refused) is { } answer)
        {
            root.Answer = answer;
            Interlocked.Increment(ref _written);
            return Task.CompletedTask;
        }
        logger.LogDebug("Root field {Field} executed field by field: {Reason}", root.Name, refused);
        // The ordinary execution of the same value, below this node: its children are executed by the strategy's loop.
        var ordinary = base.BuildExecutionNode(root.Parent, root.GraphType, root.Field, root.FieldDefinition);
        ordinary.Result = root.Result;
        root.Ordinary = ordinary;
        Interlocked.Increment(ref _executed);
        return base.CompleteNodeAsync(context, ordinary);
    }

    private Dictionary<string, (GraphQLField Field, FieldType FieldType)> CollectFields(ExecutionContext context, IObjectGraphType type,
        GraphQLSelectionSet selectionSet) =>
        CollectFieldsFrom(context, type, selectionSet, null);
}
