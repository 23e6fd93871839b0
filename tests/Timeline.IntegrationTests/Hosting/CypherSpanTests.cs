using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Hosting;

/// <summary>The Neo4j client reports each HTTP round trip as one OpenTelemetry-style client span named after its statement,
/// and its duration as a metric, seen here through a plain <see cref="ActivityListener"/> and <see cref="MeterListener"/>.</summary>
public sealed class CypherSpanTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task An_autocommit_statement_is_one_client_span_named_after_the_statement()
    {
        using var spans = new RecordedSpans();
        var name = TestIds.New("probe-");
        var statement = new Statement("RETURN $answer AS answer", new Dictionary<string, object?> { ["answer"] = 42 }) { Name = name };
        using var durations = new RecordedDurations(name);

        var trace = await InTraceAsync(() => db.Client.RunAsync(statement));

        var span = Assert.Single(spans.CypherSpans(trace));
        Assert.Equal(name, span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal("neo4j", span.GetTagItem("db.system.name"));
        Assert.Equal(name, span.GetTagItem("db.query.summary"));
        Assert.Equal("RETURN $answer AS answer", span.GetTagItem("db.query.text"));
        Assert.Equal(db.Server.Options.Uri.Host, span.GetTagItem("server.address"));
        // Values are parameters: they are never part of a span.
        Assert.DoesNotContain(span.TagObjects, tag => Equals(tag.Value, 42) || Equals(tag.Value, 42L));
        Assert.Equal(1, durations.Count);
    }

    [Fact]
    public async Task A_transaction_is_one_span_per_round_trip_including_its_commit_and_a_rollback()
    {
        using var spans = new RecordedSpans();
        var label = TestIds.Label();
        var (first, second, abandoned) = (TestIds.New("write-"), TestIds.New("read-"), TestIds.New("abandoned-"));

        var trace = await InTraceAsync(async () =>
        {
            await using (var transaction = await db.Client.BeginTransactionAsync())
            {
                await transaction.RunAsync(new Statement($"CREATE (n:`{label}` {{id: $id}})", new Dictionary<string, object?> { ["id"] = first }) { Name = first });
                await transaction.RunAsync(new Statement($"MATCH (n:`{label}`) RETURN count(n) AS n") { Name = second });
                await transaction.CommitAsync();
            }
            await using (var transaction = await db.Client.BeginTransactionAsync())
                await transaction.RunAsync(new Statement($"MATCH (n:`{label}`) RETURN n.id AS id") { Name = abandoned });
        });
        await Neo4jTestData.DeleteLabelAsync(db.Client, label);

        Assert.Equal([first, second, "COMMIT", abandoned, "ROLLBACK"], spans.CypherSpans(trace).Select(s => s.DisplayName));
    }

    [Fact]
    public async Task A_failed_round_trip_is_an_error_span_with_the_neo4j_status_code()
    {
        using var spans = new RecordedSpans();
        await using var client = db.Server.CreateClient(); // a plain client: the broken text must not join the Cypher 5 check
        var name = TestIds.New("broken-");

        var trace = await InTraceAsync(() => Assert.ThrowsAsync<Neo4jClientException>(
            () => client.RunAsync(new Statement("RETURN $missing.nothing AS broken + 1") { Name = name })));

        var span = Assert.Single(spans.CypherSpans(trace));
        Assert.Equal(name, span.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.StartsWith("Neo.ClientError.Statement.", (string)span.GetTagItem("error.type")!);
    }

    [Fact]
    public async Task Each_graphql_root_field_is_one_span_named_after_the_field_in_the_caller_s_trace()
    {
        using var spans = new RecordedSpans();
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(db.Server.Options, TestJwt.Settings));
        using var http = host.CreateClient();
        // The caller's trace reaches the API in the W3C traceparent header, as from any instrumented client.
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                query = """{ entity(id: "nobody:at-all") { id } search(text: "nobody at all") { id } }""",
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        request.Headers.Authorization = new("Bearer", TestJwt.Create("tracer", ApiKeyRole.Reader));

        var response = await GraphQLResponse.ReadAsync(await http.SendAsync(request));

        Assert.Equal(["entity", "search"], spans.CypherSpans(trace).Select(s => s.DisplayName).Order());
        Assert.Equal(2, response.CypherRoundTrips);
    }

    // Runs work under a fresh trace, as an instrumented caller would, and returns the trace's id.
    private static async Task<ActivityTraceId> InTraceAsync(Func<Task> work)
    {
        using var caller = new Activity("test caller").Start();
        await work();
        return caller.TraceId;
    }

    private sealed class RecordedDurations : IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _count;

        public RecordedDurations(string statementName)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == Neo4jDiagnostics.MeterName && instrument.Name == Neo4jDiagnostics.OperationDuration)
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "db.query.summary" && Equals(tag.Value, statementName) && seconds >= 0)
                        Interlocked.Increment(ref _count);
                }
            });
            _listener.Start();
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
