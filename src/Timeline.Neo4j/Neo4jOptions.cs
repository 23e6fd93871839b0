namespace Timeline.Neo4j;

/// <summary>Where and how <see cref="Neo4jClient"/> reaches a Neo4j server over its HTTP API.</summary>
public sealed class Neo4jOptions
{
    /// <summary>Base address of the server's HTTP connector (the one that answers <c>GET /</c>).</summary>
    public Uri Uri { get; set; } = new("http://127.0.0.1:7474");

    /// <summary>User name for HTTP basic authentication.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>Password for HTTP basic authentication. Never included in messages or <see cref="ToString"/>.</summary>
    public string Password { get; set; } = "";

    /// <summary>Database name on Neo4j 4.x/5.x (null means <c>neo4j</c>); Neo4j 3.x has a single database and ignores it.</summary>
    public string? Database { get; set; }

    /// <summary>How long to wait for a TCP connection before reporting the server unreachable.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one HTTP request (including reading its response) may take before the server is reported unreachable.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an idle pooled connection is kept for the next request. It must stay below the server's own idle
    /// timeout, after which the server closes the connection (Neo4j's Jetty: 30 s): a request sent on a connection the server
    /// is closing at that moment fails with "the response ended prematurely".</summary>
    public TimeSpan IdleConnectionTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many times a request or unit of work failing with a <c>Neo.TransientError.*</c> is retried.</summary>
    public int MaxTransientRetries { get; set; } = 5;

    /// <summary>An independent copy, so a caller can adjust settings without touching the original.</summary>
    public Neo4jOptions Clone() => (Neo4jOptions)MemberwiseClone();

    /// <summary>Overrides settings from the variables the README documents — <c>NEO4J_URI</c>, <c>NEO4J_USER</c>,
    /// <c>NEO4J_PASSWORD</c>, <c>NEO4J_PASSWORD_FILE</c>, <c>NEO4J_DATABASE</c> — read through <paramref name="read"/> (the
    /// process environment for the CLI, the host's IConfiguration for the API: both read them here and nowhere else).
    /// Unset or empty variables leave the setting as it is (an empty <c>NEO4J_PASSWORD</c> counts). A password file (a
    /// Docker or Kubernetes secret) wins over <c>NEO4J_PASSWORD</c>: it keeps the password out of the environment, where
    /// process listings and crash dumps show it.</summary>
    /// <exception cref="IOException">The password file cannot be read; the message names the file, never its content.</exception>
    public Neo4jOptions ApplyEnvironment(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read("NEO4J_URI") is { Length: > 0 } uri) Uri = new Uri(uri);
        if (read("NEO4J_USER") is { Length: > 0 } user) User = user;
        if (read("NEO4J_PASSWORD") is { } password) Password = password;
        if (read("NEO4J_PASSWORD_FILE") is { Length: > 0 } file) Password = ReadPasswordFile(file);
        if (read("NEO4J_DATABASE") is { Length: > 0 } database) Database = database;
        return this;
    }

    /// <summary>Describes the target without the password.</summary>
    public override string ToString() => $"Neo4jOptions({UriText.Redact(Uri)}, user '{User}')";

    private static string ReadPasswordFile(string path)
    {
        try
        {
            return File.ReadAllText(path).TrimEnd('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Cannot read the Neo4j password file '{path}' (NEO4J_PASSWORD_FILE): {e.GetType().Name}.", e);
        }
    }
}
