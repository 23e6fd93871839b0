using Timeline.Core.Security;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>Neo4j settings: the <c>Neo4j</c> configuration section (Uri, User, Password, Database, timeouts), overridden by
/// the environment variables <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_PASSWORD_FILE</c>
/// that the CLI also reads.</summary>
internal static class Neo4jConfiguration
{
    public const string Section = "Neo4j";

    public static void ApplyEnvironment(Neo4jOptions options, IConfiguration configuration)
    {
        if (configuration["NEO4J_URI"] is { Length: > 0 } uri)
            options.Uri = new Uri(uri);
        if (configuration["NEO4J_USER"] is { Length: > 0 } user)
            options.User = user;
        if (configuration["NEO4J_PASSWORD"] is { } password)
            options.Password = password;
        // A secrets file keeps the password out of the environment (and so out of process listings and crash dumps).
        Neo4jPasswordFile.Apply(options, key => configuration[key]);
    }
}
