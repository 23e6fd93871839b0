using Microsoft.Extensions.Options;
using System.Text;
using Timeline.Api.Security;
using Timeline.Core.Security;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>Every options class of the API bound to its configuration section, here and nowhere else (README's
/// Configuration table lists them). Environment variables reach these through the host's configuration:
/// <c>Timeline__Auth__AllowAnonymous</c> is <c>Timeline:Auth:AllowAnonymous</c>.</summary>
internal static class OptionsRegistration
{
    /// <summary>The section of <see cref="Neo4jOptions"/> (Uri, User, Password, Database, timeouts, retries).</summary>
    public const string Neo4jSection = "Neo4j";

    public static IServiceCollection AddTimelineOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jSection))
            // NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD(_FILE), NEO4J_DATABASE win over the section, read by the code the CLI uses.
            .PostConfigure(neo4j => neo4j.ApplyEnvironment(key => configuration[key]))
            .PostConfigure<IOptions<RequestLimitsOptions>>((neo4j, limits) => Neo4jRequestTimeout.CoverRequestLimits(neo4j, limits.Value));
        services.AddOptions<SchemaMigrationOptions>().Bind(configuration.GetSection(SchemaMigrationOptions.Section))
            .Validate(o => o.RetryInterval > TimeSpan.Zero, $"{SchemaMigrationOptions.Section}:RetryInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<GraphQLLimitsOptions>().Bind(configuration.GetSection(GraphQLLimitsOptions.Section));
        services.AddOptions<DraftingOptions>().Bind(configuration.GetSection(DraftingOptions.Section))
            .Validate(o => o.MaxTextLength > 0, $"{DraftingOptions.Section}:MaxTextLength must be positive.")
            .ValidateOnStart();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .Validate(o => ApiKeyRole.IsKnown(o.AnonymousRole), $"{AuthOptions.Section}:AnonymousRole must be one of: {string.Join(", ", ApiKeyRole.All)}.")
            .Validate(o => o.Jwt.ReadSigningKey() is not { } key || Encoding.UTF8.GetByteCount(key) >= 32,
                $"{AuthOptions.Section}:Jwt:SigningKey (or the file SigningKeyFile names) must be at least 32 bytes long for HS256.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddOptions<RequestLimitsOptions>().Bind(configuration.GetSection(RequestLimitsOptions.Section));
        return services;
    }
}
