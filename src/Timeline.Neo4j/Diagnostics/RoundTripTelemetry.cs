using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Timeline.Neo4j.Diagnostics;

/// <summary>The span and the duration measurement of one HTTP round trip (see <see cref="Neo4jDiagnostics"/>). Started only
/// when someone listens: <see cref="Start"/> returns null otherwise, and every use is null-conditional.</summary>
internal sealed class RoundTripTelemetry : IDisposable
{
    private const string System = "neo4j";

    private static readonly ActivitySource Source = new(Neo4jDiagnostics.ActivitySourceName, typeof(RoundTripTelemetry).Assembly.GetName().Version?.ToString());
    private static readonly Meter Meter = new(Neo4jDiagnostics.MeterName, typeof(RoundTripTelemetry).Assembly.GetName().Version?.ToString());
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        Neo4jDiagnostics.OperationDuration, "s", "Duration of one HTTP round trip to Neo4j's transactional endpoint.");

    private readonly Activity? _activity;
    private readonly long _started = Stopwatch.GetTimestamp();
    private TagList _tags;

    private RoundTripTelemetry(Activity? activity, TagList tags)
    {
        _activity = activity;
        _tags = tags;
    }

    /// <summary>Starts measuring a round trip that sends <paramref name="statements"/> (none for a bare commit) or, with
    /// <paramref name="operation"/>, a COMMIT or ROLLBACK.</summary>
    public static RoundTripTelemetry? Start(IReadOnlyList<Statement> statements, string? operation, Neo4jOptions server)
    {
        if (!Source.HasListeners() && !Duration.Enabled)
            return null;
        var summary = Summary(statements);
        var tags = new TagList
        {
            { "db.system.name", System },
            { "server.address", server.Uri.Host },
            { "server.port", server.Uri.Port },
        };
        if (server.Database is { Length: > 0 } database)
            tags.Add("db.namespace", database);
        if (summary is not null)
            tags.Add("db.query.summary", summary);
        if (operation is not null)
            tags.Add("db.operation.name", operation);

        var activity = Source.StartActivity(summary ?? operation ?? System, ActivityKind.Client, default(ActivityContext), tags);
        if (activity is { IsAllDataRequested: true })
        {
            if (statements.Count > 0)
                activity.SetTag("db.query.text", string.Join("; ", statements.Select(s => s.Text)));
            if (statements.Count > 1)
                activity.SetTag("db.operation.batch.size", statements.Count);
        }
        return new RoundTripTelemetry(activity, tags);
    }

    /// <summary>The server reported an error (its status code) or the request failed (the exception's type).</summary>
    public void Failed(string errorType)
    {
        _tags.Add("error.type", errorType);
        _activity?.SetTag("error.type", errorType);
        _activity?.SetStatus(ActivityStatusCode.Error, errorType);
    }

    public void Failed(Exception exception) => Failed(exception is Neo4jException { Code: { } code } ? code : exception.GetType().FullName!);

    public void Dispose()
    {
        Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, _tags);
        _activity?.Dispose();
    }

    // The distinct names of the statements, in order; null when none is named.
    private static string? Summary(IReadOnlyList<Statement> statements)
    {
        string? single = null;
        List<string>? several = null;
        foreach (var name in statements.Select(s => s.Name))
        {
            if (string.IsNullOrEmpty(name) || name == single || several?.Contains(name) == true)
                continue;
            if (single is null)
                single = name;
            else
                (several ??= [single]).Add(name);
        }
        return several is null ? single : string.Join(", ", several);
    }
}
