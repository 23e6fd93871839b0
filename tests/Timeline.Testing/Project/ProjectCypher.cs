using Timeline.Neo4j;
using Timeline.Testing.CypherLint;

namespace Timeline.Testing.Project;

/// <summary>Records every Cypher text the project's own code sends during a test run (clients created here or
/// observed here), so that <c>scripts/test</c> can put them all through the Cypher 5 check afterwards. Tests that
/// send deliberately bad Cypher use plain clients, which are not observed. The texts are saved when the test
/// process exits, to <c>$TIMELINE_CYPHER_RECORD_DIR/&lt;assembly&gt;-&lt;pid&gt;.json</c>.</summary>
public static class ProjectCypher
{
    private static readonly CypherTextRecorder Recorder = new();

    static ProjectCypher() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Save();

    /// <summary>Observes <paramref name="client"/>: every statement it sends is recorded under <paramref name="origin"/>.</summary>
    public static Neo4jClient Observe(Neo4jClient client, string origin)
    {
        client.RequestSending += statements =>
        {
            foreach (var statement in statements)
                Recorder.Record(statement.Text, statement.Parameters?.Keys ?? [], origin);
        };
        return client;
    }

    /// <summary>A new observed client for the test server.</summary>
    public static Neo4jClient CreateClient(Neo4j.Neo4jTestServer server, string origin) => Observe(server.CreateClient(), origin);

    private static void Save()
    {
        if (Environment.GetEnvironmentVariable("TIMELINE_CYPHER_RECORD_DIR") is not { Length: > 0 } dir) return;
        var name = $"{AppDomain.CurrentDomain.FriendlyName}-{Environment.ProcessId}.json";
        Recorder.SaveAsync(Path.Combine(dir, name)).GetAwaiter().GetResult();
    }
}
