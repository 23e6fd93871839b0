using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Timeline.Api.Execution;

namespace Timeline.Api.Security;

/// <summary>The time limit of one GraphQL request (<see cref="RequestLimitsOptions"/>): a token that cancels the request's Neo4j
/// calls when the limit passes — the HTTP request to Neo4j is abandoned and an ingest transaction rolls back.</summary>
internal sealed class RequestDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;

    private RequestDeadline(CancellationTokenSource source, TimeSpan limit)
    {
        _source = source;
        Limit = limit;
    }

    public TimeSpan Limit { get; }

    public CancellationToken Token => _source.Token;

    /// <summary>True once the limit has passed (rather than the caller going away).</summary>
    public bool Expired { get; private set; }

    public static RequestDeadline Start(IServiceProvider services, GraphQLDocument? document, string? operationName, CancellationToken requestAborted)
    {
        var options = services.GetService<IOptions<RequestLimitsOptions>>()?.Value ?? new RequestLimitsOptions();
        var limit = IsMutation(document, operationName) ? options.IngestTimeout : options.QueryTimeout;
        var source = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var deadline = new RequestDeadline(source, limit);
        if (limit > TimeSpan.Zero && limit != Timeout.InfiniteTimeSpan)
        {
            // Expired is set before the token fires, so a catch filter that sees the cancellation also sees why.
            var timer = new Timer(_ =>
            {
                deadline.Expired = true;
                try
                {
                    source.Cancel();
                }
                catch (ObjectDisposedException)
                {
                }
            }, null, limit, Timeout.InfiniteTimeSpan);
            source.Token.Register(() => timer.Dispose());
            deadline._timer = timer;
        }
        return deadline;
    }

    private Timer? _timer;

    public ExecutionResult TimeoutResult() => new()
    {
        Executed = true,
        Errors = [new TimelineException(SecurityErrorCodes.QueryTimeout,
            $"The request took longer than its limit of {Limit.TotalSeconds:0.###} s and was cancelled.")],
    };

    public void Dispose()
    {
        _timer?.Dispose();
        _source.Dispose();
    }

    private static bool IsMutation(GraphQLDocument? document, string? operationName)
    {
        if (document is null)
            return false;
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected?.Operation == OperationType.Mutation;
    }
}
