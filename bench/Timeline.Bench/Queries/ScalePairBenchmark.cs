using System.Diagnostics;
using Timeline.Bench.Reporting;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>One scale's graph as the side-by-side comparison reads it: its Neo4j, its API process, the requests its targets
/// give (<see cref="QueryCatalog"/>).</summary>
internal sealed record PairSide(int Documents, Neo4jClient Client, GraphQLClient Api, IReadOnlyList<QueryCase> Cases);

/// <summary>The O(page) ratios measured on both graphs at once. Scale after scale, the smallest scale's reads and the largest's
/// run tens of minutes apart, on a server in another state (just loaded, or after a 40-minute load) and a machine under
/// another load: a ratio of their p50s then measures the hour as much as the graph (bench/README item 33). Here both graphs
/// are served at the same time — the smallest on a second Neo4j instance with its own API process — and each request is
/// read on both in turns of <see cref="BlockSize"/> iterations (GraphQL and hand-written, the first alternating), the
/// sides taking turns for the whole measurement, so that whatever the machine does falls on both sides. Before any
/// request is measured, <c>warmupRounds</c> rounds of every request on both sides: a freshly started Neo4j answers its
/// first few thousand requests several times slower (item 32). Every GraphQL answer is compared with its own side's
/// hand-written answer, as in <see cref="LatencyBenchmark"/>.</summary>
internal static class ScalePairBenchmark
{
    /// <summary>Timed iterations a side runs before the other side's turn. Request by request, switching between the two
    /// servers and the two API processes on every request made every read slower on both sides (a 2-core machine's caches
    /// hold one side at a time), which adds the same cost to both and pulls the ratio towards 1; a block of iterations per
    /// turn reads each side as warm as the scale-after-scale run does, while the turns, a few seconds apart, still share the
    /// machine's state.</summary>
    public const int BlockSize = 10;

    public static async Task<PairReport> RunAsync(PairSide small, PairSide large, IReadOnlyList<string> names, int warmupRounds,
        int iterations, Action<string> log)
    {
        var pairs = names.Select(n => (Name: n, Small: small.Cases.FirstOrDefault(c => c.Name == n), Large: large.Cases.FirstOrDefault(c => c.Name == n)))
            .Where(p => p.Small is not null && p.Large is not null).Select(p => (p.Name, Small: new Measured(small, p.Small!), Large: new Measured(large, p.Large!)))
            .ToList();

        var clock = Stopwatch.StartNew();
        for (var round = 0; round < warmupRounds; round++)
        {
            foreach (var (_, s, l) in pairs)
            {
                foreach (var step in s.Steps(round).Concat(l.Steps(round)))
                    await step(false);
            }
        }
        log($"  side by side: {warmupRounds} warm-up rounds of {pairs.Count} requests on both graphs in {clock.Elapsed.TotalSeconds:F0} s");

        var rows = new List<PairRow>();
        foreach (var (name, s, l) in pairs)
        {
            s.Expected = await ExpectedAsync(s);
            l.Expected = await ExpectedAsync(l);
            for (var block = 0; s.GraphQL.Count < iterations; block++)
            {
                foreach (var side in block % 2 == 0 ? [s, l] : new[] { l, s })
                {
                    for (var i = 0; i <= BlockSize && side.GraphQL.Count < iterations; i++)
                    {
                        // The block's first request reads after the other side's block: untimed, as a warm-up.
                        foreach (var step in side.Steps(i))
                            await step(i > 0);
                    }
                }
            }
            var row = new PairRow(name, s.GraphQL.Count, Stats.Median(s.GraphQL), Stats.Median(l.GraphQL), Stats.Median(s.Cypher),
                Stats.Median(l.Cypher), s.Compared + l.Compared, s.Differing + l.Differing);
            log($"  side by side {name,-26} GraphQL p50 {row.SmallGraphQLP50,6:F1} → {row.LargeGraphQLP50,6:F1} ms ({row.Growth:F2}×) | " +
                $"hand-written {row.SmallCypherP50,6:F1} → {row.LargeCypherP50,6:F1} ms ({row.CypherGrowth:F2}×) | n={row.Samples} " +
                $"same answer={(row.WrongAnswer ? "NO" : "yes")} ({row.Compared} compared)");
            rows.Add(row);
        }
        return new PairReport(small.Documents, large.Documents, warmupRounds, rows);
    }

    private static async Task<QueryResult> ExpectedAsync(Measured m)
    {
        var statement = m.Case.Reference ?? new Statement(m.Case.Cypher, m.Case.CypherParameters);
        return await m.Side.Client.RunAsync(statement.Text, statement.Parameters);
    }

    // One request on one side, with its samples and its answers' agreement.
    private sealed class Measured(PairSide side, QueryCase c)
    {
        private readonly byte[] _body = GraphQLClient.Body(c.GraphQL, c.Variables);

        public PairSide Side => side;
        public QueryCase Case => c;
        public QueryResult? Expected { get; set; }
        public List<double> GraphQL { get; } = [];
        public List<double> Cypher { get; } = [];
        public int Compared { get; private set; }
        public int Differing { get; private set; }

        // One iteration's two requests, GraphQL and hand-written, the first alternating.
        public IEnumerable<Func<bool, Task>> Steps(int iteration) =>
            iteration % 2 == 0 ? [GraphQLAsync, CypherAsync] : [CypherAsync, GraphQLAsync];

        public async Task GraphQLAsync(bool record)
        {
            var answer = await side.Api.PostAsync(_body);
            if (!answer.Check(out _, out var data, out var problem))
                throw new InvalidOperationException($"{c.Name} at {side.Documents:N0} docs: the API answered with an error: {problem}");
            if (!record)
                return;
            GraphQL.Add(answer.Milliseconds);
            if (Expected is null)
                return;
            Compared++;
            if (!c.Agree(data, Expected))
                Differing++;
        }

        public async Task CypherAsync(bool record)
        {
            var start = Stopwatch.GetTimestamp();
            await side.Client.RunAsync(c.Cypher, c.CypherParameters);
            if (record)
                Cypher.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}
