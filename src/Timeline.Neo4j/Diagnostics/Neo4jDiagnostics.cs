namespace Timeline.Neo4j;

/// <summary>The names under which the client reports what it does, for OpenTelemetry (<c>AddSource</c>/<c>AddMeter</c>) or
/// any <c>ActivityListener</c>/<c>MeterListener</c>: one client span per HTTP round trip to the transactional endpoint
/// (statements, a bare commit, a rollback; a transient-error retry is a round trip of its own) and the duration of each round
/// trip. Spans and the metric follow OpenTelemetry's database conventions: a span is named after its statements'
/// <see cref="Statement.Name"/> (attribute <c>db.query.summary</c>), else <c>COMMIT</c> or <c>ROLLBACK</c>, else
/// <c>neo4j</c>; it carries the Cypher text (<c>db.query.text</c>: values are parameters, never part of the text) but never
/// the parameters; a failed round trip has status Error and <c>error.type</c> (the Neo4j status code or the exception type).
/// With nothing listening, the instrumentation costs nothing.</summary>
public static class Neo4jDiagnostics
{
    /// <summary>The <c>System.Diagnostics.ActivitySource</c> of the round-trip spans.</summary>
    public const string ActivitySourceName = "Timeline.Neo4j";

    /// <summary>The <c>System.Diagnostics.Metrics.Meter</c> of <see cref="OperationDuration"/>.</summary>
    public const string MeterName = "Timeline.Neo4j";

    /// <summary>Histogram of round-trip durations in seconds, tagged like the spans (without the Cypher text).</summary>
    public const string OperationDuration = "db.client.operation.duration";
}
