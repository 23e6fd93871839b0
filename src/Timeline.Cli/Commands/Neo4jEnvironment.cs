using Timeline.Core.Security;
using Timeline.Neo4j;

namespace Timeline.Cli.Commands;

/// <summary>Reads the Neo4j connection from the environment variables the README documents. The password comes from
/// <c>NEO4J_PASSWORD_FILE</c> (a secrets file, e.g. a Docker secret) when that is set, else from <c>NEO4J_PASSWORD</c>.</summary>
internal static class Neo4jEnvironment
{
    public static Neo4jOptions Options()
    {
        var options = new Neo4jOptions();
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri) options.Uri = new Uri(uri);
        if (Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user) options.User = user;
        if (Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is { } password) options.Password = password;
        if (Environment.GetEnvironmentVariable("NEO4J_PASSWORD_FILE") is { Length: > 0 } file) options.Password = Neo4jPasswordFile.Read(file);
        if (Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database) options.Database = database;
        return options;
    }
}
