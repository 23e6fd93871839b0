using System.Globalization;
using System.Runtime.InteropServices;

namespace Timeline.Bench.Reporting;

/// <summary>The hardware line of the results: cores, CPU model, memory, Neo4j and .NET versions, and the heap and page cache
/// the Neo4j server runs with (read from the server: <see cref="Infrastructure.ServerMemory"/>).</summary>
internal sealed record MachineInfo(int Cores, string Cpu, double MemoryGiB, string Neo4j, string DotNet, string Os,
    string Neo4jHeap = "unknown", string Neo4jPageCache = "unknown")
{
    public static MachineInfo Read(string neo4jVersion, (string Heap, string PageCache) neo4jMemory)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memKb = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return new MachineInfo(Environment.ProcessorCount, cpu, double.Parse(memKb, CultureInfo.InvariantCulture) / 1024 / 1024,
            neo4jVersion, RuntimeInformation.FrameworkDescription, RuntimeInformation.OSDescription, neo4jMemory.Heap, neo4jMemory.PageCache);
    }

    /// <summary>The 1-minute load average: the machine is shared, so this says how busy it was.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
}
