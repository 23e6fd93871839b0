using System.Diagnostics;

namespace Timeline.Testing.CypherLint;

/// <summary>Runs an external tool to completion, feeding stdin and capturing both output streams.</summary>
internal static class ToolProcess
{
    internal sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Outcome> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        string? standardInput,
        TimeSpan timeout,
        CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Cannot start '{fileName}' (is Node.js installed and on PATH?): {e.Message}", e);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        try
        {
            // Read both streams while writing stdin: a full pipe buffer would otherwise deadlock.
            var stdout = process.StandardOutput.ReadToEndAsync(timeoutSource.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeoutSource.Token);
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput.AsMemory(), timeoutSource.Token);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync(timeoutSource.Token);
            return new Outcome(process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested)
            {
                throw;
            }

            throw new TimeoutException($"'{fileName} {string.Join(' ', start.ArgumentList)}' did not finish within {timeout}.");
        }
    }
}
