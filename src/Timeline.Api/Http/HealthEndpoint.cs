using Timeline.Neo4j;

namespace Timeline.Api.Http;

/// <summary><c>/healthz</c>: 200 when Neo4j answers a trivial statement (<see cref="Neo4jClient.VerifyConnectivityAsync"/>), 503 when it does not. Open to anyone: it holds no data.</summary>
internal static class HealthEndpoint
{
    /// <summary>Maps <c>/healthz</c>, open to callers without a credential.</summary>
    public static IEndpointRouteBuilder MapTimelineHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", HandleAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandleAsync(Neo4jClient client, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            var info = await client.VerifyConnectivityAsync(cancellationToken);
            return Results.Json(new { status = "ok", neo4j = info.Version });
        }
        catch (Neo4jException e)
        {
            loggers.CreateLogger("Timeline.Api.Health").LogWarning("Health check failed: {Reason}", e.Message);
            return Results.Json(new { status = "unavailable", neo4j = (string?)null }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
