using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Neo4j;

namespace Timeline.Testing.Neo4j;

/// <summary>The one Neo4j server every integration test in the process talks to, chosen once:
/// <list type="number">
/// <item><c>NEO4J_URI</c> (+ <c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>) when set — CI or a developer's own server;</item>
/// <item>else a <c>neo4j:5-community</c> container when a Docker engine answers — the production version;</item>
/// <item>else the local Neo4j 3.1.1 instance <c>test</c> (<see cref="Neo4jLocalScript.TestInstance"/>), started by
/// <c>tools/neo4j-local/neo4j-local env --instance test</c> — machines without Docker. Never the instance <c>default</c>,
/// which holds the analyst's graph (<c>scripts/run</c>).</item>
/// </list>
/// Tests isolate their data with unique ids and labels (<see cref="TestIds"/>), so they share it safely in parallel.</summary>
public sealed class Neo4jTestServer
{
    private static readonly Lazy<Task<Neo4jTestServer>> Instance = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private Neo4jTestServer(string source, Neo4jOptions options, ServerInfo info, Neo4jClient client)
    {
        Source = source;
        Options = options;
        Info = info;
        Client = client;
    }

    /// <summary>Which choice ran: <c>NEO4J_URI</c>, <c>container</c> or <c>local</c>.</summary>
    public string Source { get; }

    /// <summary>Connection options for this server (a copy for each caller to adjust freely).</summary>
    public Neo4jOptions Options { get; }

    /// <summary>Version and edition, e.g. for choosing schema DDL that the server understands.</summary>
    public ServerInfo Info { get; }

    /// <summary>A client shared by all tests; create your own with <see cref="CreateClient"/> to observe its requests.</summary>
    public Neo4jClient Client { get; }

    /// <summary>One line saying which server runs, e.g. "Neo4j test server: local Neo4j 3.1.1 community at
    /// http://127.0.0.1:24817/ (neo4j-local instance 'test')".</summary>
    public string Description => Source switch
    {
        "NEO4J_URI" => $"Neo4j test server: external Neo4j {Info.Version} {Info.Edition} at {Options.Uri} (from NEO4J_URI)",
        "local" => $"Neo4j test server: local Neo4j {Info.Version} {Info.Edition} at {Options.Uri} (neo4j-local instance '{Neo4jLocalScript.TestInstance}')",
        _ => $"Neo4j test server: {Source} Neo4j {Info.Version} {Info.Edition} at {Options.Uri}",
    };

    /// <summary>The request timeout of the tests' clients: it only bounds a hang.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The shared server, started or located on first call.</summary>
    public static Task<Neo4jTestServer> GetAsync() => Instance.Value;

    /// <summary>A new client for this server; <paramref name="configure"/> may change a copy of the options first.</summary>
    public Neo4jClient CreateClient(Action<Neo4jOptions>? configure = null)
    {
        var options = CopyOptions();
        configure?.Invoke(options);
        return new Neo4jClient(options);
    }

    /// <summary>A fresh copy of the connection options.</summary>
    public Neo4jOptions CopyOptions() => Options.Clone();

    private static async Task<Neo4jTestServer> StartAsync()
    {
        var (source, options) = await LocateAsync().ConfigureAwait(false);
        // The tests' own requests wait as long as a busy machine needs (seeding, clean-up); a test about timeouts sets its own.
        options.RequestTimeout = RequestTimeout;
        var client = new Neo4jClient(options);
        var info = await client.GetServerInfoAsync().ConfigureAwait(false);
        // The schema, once, before any test gets the server. Neo4j fails every transaction that a schema change overlaps
        // (Neo.TransientError.Transaction.ConstraintsChanged); with each fixture creating the constraints of an emptied
        // server as it came, the first tests' transactions met them (TransactionTests failed so in a CI run). The fixtures'
        // own migrations then find nothing to apply.
        await new SchemaMigrator(client, OntologyModel.Default).MigrateAsync().ConfigureAwait(false);
        return new Neo4jTestServer(source, options, info, client);
    }

    private static async Task<(string Source, Neo4jOptions Options)> LocateAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            return ("NEO4J_URI", new Neo4jOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            });
        }
        if (await Neo4jDockerProbe.EngineAnswersAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false))
            return ("container", await Neo4jContainerLauncher.StartAsync().ConfigureAwait(false));
        return ("local", await Neo4jLocalScript.EnvAsync().ConfigureAwait(false));
    }
}
