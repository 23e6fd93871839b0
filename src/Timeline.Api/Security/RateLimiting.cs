using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Timeline.Api.Http;

namespace Timeline.Api.Security;

/// <summary>ASP.NET Core's rate limiter over every endpoint that is not open to anyone (<see cref="AccessPolicies.IsOpen"/>):
/// <c>/graphql</c>, <c>/export/…</c> and any endpoint added later, partitioned by caller (see <see cref="RateLimitOptions"/>);
/// a refused request is 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>. Health, the GraphiQL page and its assets are not
/// limited.</summary>
internal static class RateLimiting
{
    public static IServiceCollection AddTimelineRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
                if (!options.Enabled || AccessPolicies.IsOpen(http))
                    return RateLimitPartition.GetNoLimiter("unlimited");
                var caller = CallerClaims.IsIdentified(http.User)
                    ? CallerClaims.ActorOf(http.User)
                    : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                return RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, options.Burst),
                    TokensPerPeriod = Math.Max(1, options.RequestsPerSecond),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Timeline.Api.RateLimit")
                    .LogInformation("Rate limited {Caller}", CallerClaims.IsIdentified(http.User) ? CallerClaims.ActorOf(http.User) : "an anonymous caller");
                await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status429TooManyRequests, SecurityErrorCodes.RateLimited,
                    $"Too many requests; retry after {seconds} s.", MediaTypes.Choose(http.Request.Headers.Accept.ToList()) ?? MediaTypes.Json);
            };
        });
        return services;
    }
}
