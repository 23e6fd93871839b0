namespace Timeline.Bench.Reporting;

/// <summary>The O(page) reads measured side by side (<see cref="Queries.ScalePairBenchmark"/>): the smallest scale's graph on
/// a second Neo4j instance with its own API process, the largest scale's on the run's, each request read on both in turns
/// of <see cref="Queries.ScalePairBenchmark.BlockSize"/> iterations. <see cref="WarmupRounds"/>: untimed rounds of every request on both sides before any is measured.</summary>
internal sealed record PairReport(int SmallDocuments, int LargeDocuments, int WarmupRounds, List<PairRow> Rows);

/// <summary>One request on both graphs: p50s in ms, GraphQL through each side's API, hand-written straight to each side's
/// Neo4j. Every GraphQL answer is compared with its own side's hand-written one (<see cref="Differing"/> &gt; 0 fails the run).</summary>
internal sealed record PairRow(string Name, int Samples, double SmallGraphQLP50, double LargeGraphQLP50, double SmallCypherP50,
    double LargeCypherP50, int Compared, int Differing)
{
    /// <summary>GraphQL p50 on the large graph over the small one: the O(page) target's ratio.</summary>
    public double Growth => LargeGraphQLP50 / SmallGraphQLP50;

    /// <summary>The hand-written reads' ratio, for comparison.</summary>
    public double CypherGrowth => LargeCypherP50 / SmallCypherP50;

    public bool WrongAnswer => Differing > 0;
}
