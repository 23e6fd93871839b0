using System.Diagnostics;
using System.Globalization;
using Timeline.Bench.Infrastructure;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>The API as a real process (<c>dotnet Timeline.Api.dll</c>) on a loopback port, against a bench Neo4j; its
/// output goes to a log file. Peak RSS is the kernel's high-water mark (VmHWM) for the process.</summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public int Pid => _process.Id;

    public static async Task<ApiProcess> StartAsync(string apiDll, int port, string logFile, Neo4jOptions neo4j, IReadOnlyDictionary<string, string> settings)
    {
        if (!File.Exists(apiDll))
            throw new FileNotFoundException($"The API is not built: {apiDll} is missing (bench/run builds it).");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.GetFullPath(apiDll) },
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(apiDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["TIMELINE_URLS"] = $"http://127.0.0.1:{port}";
        // Its private loopback API serves anonymous readers (explicitly, for this process only), without a rate limit.
        foreach (var (k, v) in Neo4jEnvironment.ApiEnvironment(neo4j).Concat(InProcessApi.BenchDefaults).Concat(settings))
            info.Environment[k] = v;
        var process = Process.Start(info)!;
        var log = new StreamWriter(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}/graphql"));
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The API exited with code {process.ExitCode}; see {logFile}.");
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/healthz");
                if (response.IsSuccessStatusCode)
                    return api;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        await api.DisposeAsync();
        throw new TimeoutException($"The API did not answer /healthz within 90 s; see {logFile}.");
    }

    /// <summary>Resident set size now and its peak since start, in MiB (from /proc).</summary>
    public (double Current, double Peak) Rss()
    {
        double Read(string key)
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith(key + ":", StringComparison.Ordinal))
                    return double.Parse(line[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
            }
            return double.NaN;
        }
        return (Read("VmRSS"), Read("VmHWM"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
