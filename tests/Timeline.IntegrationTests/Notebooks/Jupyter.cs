using System.Diagnostics;
using System.Text.Json;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Notebooks;

/// <summary>Executes a committed notebook headlessly with <c>jupyter nbconvert --execute</c> (the kernel the notebook
/// names; cells run in the notebook's folder) against a service given by <c>TIMELINE_URL</c>, and reads the executed copy,
/// written to a temporary folder so the committed notebook stays clean. Any cell error fails the run.</summary>
public static class Jupyter
{
    public static string NotebookPath(string name) => Path.Combine(Neo4jLocalScript.RepositoryRoot(), "notebooks", name);

    public sealed record Execution(JsonElement Notebook, TimeSpan Took)
    {
        public IEnumerable<JsonElement> Outputs => Notebook.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray());

        /// <summary>Outputs carrying data of this MIME type (display_data or execute_result).</summary>
        public IEnumerable<JsonElement> WithMime(string mime) =>
            Outputs.Where(o => o.TryGetProperty("data", out var data) && data.TryGetProperty(mime, out _));

        /// <summary>Everything the cells printed, and their plain-text results.</summary>
        public string Text => string.Concat(Outputs.Select(o =>
            o.TryGetProperty("text", out var text) ? Join(text)
            : o.TryGetProperty("data", out var data) && data.TryGetProperty("text/plain", out var plain) ? Join(plain) : ""));

        private static string Join(JsonElement text) =>
            text.ValueKind == JsonValueKind.Array ? string.Concat(text.EnumerateArray().Select(t => t.GetString())) : text.GetString() ?? "";
    }

    public static async Task<Execution> ExecuteAsync(string notebook, Uri endpoint, string? apiKey = null)
    {
        var output = Directory.CreateTempSubdirectory("timeline-notebook-");
        try
        {
            var start = new ProcessStartInfo("jupyter")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetDirectoryName(notebook)!,
            };
            foreach (var arg in new[] { "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=240",
                         "--output-dir", output.FullName, "--output", "executed", notebook })
                start.ArgumentList.Add(arg);
            // The test host's MSBuild and test-platform variables must not leak into the .NET kernel's own restores.
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                         || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH").ToList())
                start.Environment.Remove(key);
            start.Environment["TIMELINE_URL"] = endpoint.ToString();
            if (apiKey is not null)
                start.Environment["TIMELINE_API_KEY"] = apiKey;
            start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["PYDEVD_DISABLE_FILE_VALIDATION"] = "1";

            var clock = Stopwatch.StartNew();
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("jupyter is not installed: run scripts/test, which installs the notebook tools.", e);
            }
            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"{Path.GetFileName(notebook)} did not finish within 5 minutes.");
                }
                var log = await stderr + await stdout;
                Assert.True(process.ExitCode == 0, $"{Path.GetFileName(notebook)} failed (exit {process.ExitCode}):\n{Tail(log, 6000)}");
            }
            var executed = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output.FullName, "executed.ipynb"))).RootElement.Clone();
            var execution = new Execution(executed, clock.Elapsed);
            var errors = execution.Outputs.Where(o => o.GetProperty("output_type").GetString() == "error").ToList();
            Assert.True(errors.Count == 0, "cell errors: " + string.Join("\n", errors.Select(e => e.GetRawText())));
            return execution;
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : "…" + text[^length..];
}
