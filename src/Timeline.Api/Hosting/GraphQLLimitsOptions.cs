namespace Timeline.Api.Hosting;

/// <summary>Limits on GraphQL requests (configuration section <c>GraphQL:Limits</c>).</summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "GraphQL:Limits";

    /// <summary>Deepest field nesting a query may have. A connection's <c>nodes</c> is a level of its own: 10 lets four related
    /// lists nest below a root field (entity → events → participants → entity → said → about) now that events and said are
    /// connections, as 8 did when they were plain lists.</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>Highest complexity (GraphQL.NET's analyzer; list fields weighted by <c>first</c>).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Largest <c>first</c> argument; larger is a BAD_USER_INPUT error.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Most aliases a document may use.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Largest request body, in bytes (larger is answered 413); ingest documents count too.</summary>
    public long MaxRequestBytes { get; set; } = 1_048_576;

    /// <summary>Largest <c>maxHops</c> for <c>path</c>.</summary>
    public int MaxPathHops { get; set; } = 10;

    /// <summary>Most buckets a <c>timelineHistogram</c> answer may have (e.g. DAY over about three years); more is BAD_USER_INPUT.</summary>
    public int MaxHistogramBuckets { get; set; } = 1000;

    /// <summary>Largest <c>depth</c> for <c>neighbors</c>.</summary>
    public int MaxNeighborDepth { get; set; } = 3;
}
