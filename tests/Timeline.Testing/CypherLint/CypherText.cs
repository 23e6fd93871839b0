namespace Timeline.Testing.CypherLint;

/// <summary>
/// One Cypher text the project sends, named so a failing check can say where it came from.
/// </summary>
/// <param name="Name">Where the text comes from, e.g. <c>migration 001</c> or <c>graphql: timeline</c>.</param>
/// <param name="Query">The Cypher text exactly as sent.</param>
/// <param name="ParameterNames">The parameters sent with it; a <c>$name</c> the text uses but that is
/// not listed here is reported as an error, as Neo4j would fail the query.</param>
public sealed record CypherText(string Name, string Query, IReadOnlyCollection<string> ParameterNames)
{
    /// <summary>A text whose parameters are exactly those it uses (see <see cref="CypherParameters.Extract"/>).</summary>
    public static CypherText FromQuery(string name, string query) =>
        new(name, query, CypherParameters.Extract(query));
}
