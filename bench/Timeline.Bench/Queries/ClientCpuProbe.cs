using System.Diagnostics;
using System.Text.Json;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>Profiling aid (<c>--client-cpu-probe FILE CASE</c>): this process's CPU time per run of one recorded translator
/// statement (bench/results/logs/api-cypher-N.json) through <see cref="Neo4jClient"/>, i.e. what reading and decoding
/// Neo4j's answer costs the client, next to the wall time.</summary>
internal static class ClientCpuProbe
{
    public static async Task RunAsync(Neo4jClient client, string file, string caseName, int repetitions)
    {
        using var doc = JsonDocument.Parse(await File.ReadAllBytesAsync(file));
        var entry = doc.RootElement.GetProperty(caseName);
        var text = entry.GetProperty("text").GetString()!;
        var parameters = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.GetProperty("parameters").GetRawText())!
            .ToDictionary(kv => kv.Key, kv => Plain(kv.Value));
        for (var i = 0; i < 5; i++)
            await client.RunAsync(text, parameters);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < repetitions; i++)
            await client.RunAsync(text, parameters);
        process.Refresh();
        Console.WriteLine($"{caseName}: client CPU {(process.TotalProcessorTime - cpu0).TotalMilliseconds / repetitions:F1} ms per run, wall {wall.Elapsed.TotalMilliseconds / repetitions:F1} ms per run");
    }

    private static object? Plain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(Plain).ToList(),
        _ => null,
    };
}
