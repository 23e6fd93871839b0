using Timeline.Neo4j;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>The seed article loaded through the real CLI (<c>timeline ingest</c>), once per test process.
/// Ingesting is idempotent, so classes sharing it see the same graph whatever ran before.</summary>
public sealed class SeedFixture : IAsyncLifetime
{
    private static readonly Lazy<Task> Loaded = new(LoadAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared client, for the tests' own queries.</summary>
    public Neo4jClient Client { get; private set; } = null!;

    /// <summary>The test server.</summary>
    public Neo4jTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Loaded.Value;
        Server = await Neo4jTestServer.GetAsync();
        Client = Server.Client;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task LoadAsync()
    {
        var server = await Neo4jTestServer.GetAsync();
        var run = await TimelineCli.RunAsync(server.Options, "ingest", SeedDocument.Path);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"timeline ingest of the seed failed ({run.ExitCode}):\n{run.Stdout}\n{run.Stderr}");
    }
}
