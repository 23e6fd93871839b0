using System.Diagnostics;
using System.Net.Http.Headers;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>Profiling aid (<c>--api-cpu-probe FILE</c>): the API's own CPU cost for one GraphQL request, without Neo4j. The
/// API is hosted in process; its Neo4j client gets the real server's answer to the request's statement once, then that
/// recorded answer for every repetition, so only the API's work (parse, validate, compile, decode, shape, serialise) is
/// timed. Run it under dotnet-trace to see where that time goes.</summary>
internal static class ApiCpuProbe
{
    public static async Task RunAsync(string requestFile, int repetitions, IReadOnlyDictionary<string, string> settings)
    {
        var replay = new ReplayHandler();
        await using var factory = InProcessApi.Create(replay, settings);
        using var http = factory.CreateClient();
        replay.Armed = true; // the host's start-up statements (schema migrations) went to the server
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var body = await File.ReadAllBytesAsync(requestFile);
        async Task<double> Once()
        {
            var start = Stopwatch.GetTimestamp();
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("/graphql", content);
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        for (var i = 0; i < 20; i++)
            await Once();
        var samples = new List<double>();
        for (var i = 0; i < repetitions; i++)
            samples.Add(await Once());
        Console.WriteLine($"API in process, Neo4j answer replayed ({replay.RecordedBytes:N0} bytes): median {Reporting.Stats.Median(samples):F2} ms per request over {repetitions}");
    }

    private sealed class ReplayHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private byte[]? _recorded;

        public bool Armed { get; set; }

        public int RecordedBytes => _recorded?.Length ?? 0;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri?.AbsolutePath.Contains("/transaction", StringComparison.Ordinal) != true || _recorded is null)
            {
                var response = await base.SendAsync(request, cancellationToken);
                if (Armed && request.RequestUri?.AbsolutePath.Contains("/transaction", StringComparison.Ordinal) == true)
                {
                    _recorded = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    response.Content = new ByteArrayContent(_recorded);
                    response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                }
                return response;
            }
            var replayed = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(_recorded) };
            replayed.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return replayed;
        }
    }
}
