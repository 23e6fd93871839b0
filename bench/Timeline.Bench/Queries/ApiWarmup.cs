namespace Timeline.Bench.Queries;

/// <summary>Before any request is measured, the fresh API process answers every request of the catalogue in rounds: .NET
/// compiles a method first quickly, and again optimised only after it has run a while (tiered compilation), so a process's
/// first seconds measure the compiler, not the service. Per-request warm-up alone left the first data request measured
/// (the 3-level one) ~6 ms slower in the bench than against a warm process. A request slower than
/// <see cref="SlowMilliseconds"/> is sent once (its own warm-up follows); the rounds stop at <c>rounds</c> or
/// <c>budgetSeconds</c>. Answers are not checked here: the latency benchmark checks every one it measures.</summary>
internal static class ApiWarmup
{
    /// <summary>A request at least this slow is not repeated.</summary>
    public const double SlowMilliseconds = 250;

    /// <returns>How many requests were sent, and the seconds it took.</returns>
    public static async Task<(int Requests, double Seconds)> RunAsync(GraphQLClient api, IReadOnlyList<QueryCase> cases, int rounds, double budgetSeconds)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var bodies = cases.Where(c => c.SendsGraphQL).Select(c => GraphQLClient.Body(c.GraphQL, c.Variables)).ToList();
        var slow = new bool[bodies.Count];
        var sent = 0;
        for (var round = 0; round < rounds && clock.Elapsed.TotalSeconds < budgetSeconds; round++)
        {
            for (var i = 0; i < bodies.Count; i++)
            {
                if (slow[i] && round > 0)
                    continue;
                var answer = await api.PostAsync(bodies[i]);
                sent++;
                slow[i] |= answer.Milliseconds >= SlowMilliseconds;
            }
        }
        return (sent, clock.Elapsed.TotalSeconds);
    }
}
