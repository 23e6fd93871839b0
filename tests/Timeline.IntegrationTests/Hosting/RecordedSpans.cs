using System.Collections.Concurrent;
using System.Diagnostics;
using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Hosting;

/// <summary>An <see cref="ActivityListener"/> such as an OpenTelemetry tracer registers: it records the Neo4j client's
/// round-trip spans (and ASP.NET Core's request spans, so that a trace can be followed from an HTTP request in). The
/// listener is process-wide and other tests run meanwhile, so a test reads only the spans of its own trace.</summary>
public sealed class RecordedSpans : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public RecordedSpans()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is Neo4jDiagnostics.ActivitySourceName or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The Neo4j round-trip spans of one trace, in the order they ended.</summary>
    public IReadOnlyList<Activity> CypherSpans(ActivityTraceId trace) =>
        _stopped.Where(a => a.Source.Name == Neo4jDiagnostics.ActivitySourceName && a.TraceId == trace).ToList();

    public void Dispose() => _listener.Dispose();
}
