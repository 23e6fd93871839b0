namespace Timeline.Bench.Queries;

/// <summary>One request's latencies, three ways, measured interleaved in the same run.</summary>
/// <param name="GraphQLP50">Full HTTP stack: client → API process → Neo4j → JSON.</param>
/// <param name="ApiCypherP50">The translator's own Cypher statement, run directly through the client (no API process):
/// the part of the GraphQL time that is the generated query itself.</param>
/// <param name="CypherP50">The hand-written Cypher through the client (the limit).</param>
/// <param name="RoundTrips">Largest extensions.cypherRoundTrips seen (must be 1: one root field).</param>
/// <param name="Agree">Every GraphQL answer was compared with the hand-written one and none differed.</param>
internal sealed record LatencyReport(
    string Name, string Description, int Samples,
    double GraphQLP50, double GraphQLP95, double ApiCypherP50, double ApiCypherP95, double CypherP50, double CypherP95,
    int RoundTrips, bool Agree, string? AgreementNote)
{
    /// <summary>Round trips the request must cause (1 per root field).</summary>
    public int ExpectedRoundTrips { get; init; } = 1;

    /// <summary>GraphQL answers compared with the hand-written answer (every one the API gave, warm-up included).</summary>
    public int AnswersCompared { get; init; }

    /// <summary>Of those, the answers that differed: one is a wrong answer, and fails the run.</summary>
    public int AnswersDiffering { get; init; }

    /// <summary>A GraphQL answer differed from the hand-written one.</summary>
    public bool WrongAnswer => AnswersDiffering > 0;

    /// <summary>The p95 of each iteration's hand-written time plus the extra hop's (the floor's GraphQL request, timed in the
    /// same iteration): what a service that cost nothing beyond its hop would answer in. NaN where not measured.</summary>
    public double HopBoundP95 { get; init; } = double.NaN;

    public double RatioP50 => GraphQLP50 / CypherP50;
    public double RatioP95 => GraphQLP95 / CypherP95;

    /// <summary>The p95 ratio expected of that costless service: where it is over the target, a service in a separate
    /// process would have missed the target even had it cost nothing.</summary>
    public double HopBoundRatioP95 => HopBoundP95 / CypherP95;
}
