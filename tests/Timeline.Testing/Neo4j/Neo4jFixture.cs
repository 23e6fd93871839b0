using Timeline.Neo4j;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Timeline.Testing.Neo4j;

/// <summary>xunit fixture giving a test class the shared <see cref="Neo4jTestServer"/>. Use it as a class fixture
/// (<c>IClassFixture&lt;Neo4jFixture&gt;</c>) so that classes still run in parallel; every instance wraps the same server.
/// The first instance reports which server runs as an xunit diagnostic message (shown by <c>dotnet test</c> when the
/// test project's xunit.runner.json enables <c>diagnosticMessages</c>).</summary>
public sealed class Neo4jFixture : IAsyncLifetime
{
    private static int _announced;
    private readonly IMessageSink _diagnostics;
    private Neo4jTestServer? _server;

    /// <summary>Called by xunit, which supplies its diagnostic message sink.</summary>
    public Neo4jFixture(IMessageSink diagnostics) => _diagnostics = diagnostics;

    /// <summary>The shared server.</summary>
    public Neo4jTestServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    /// <summary>The shared client.</summary>
    public Neo4jClient Client => Server.Client;

    /// <summary>Locates or starts the server (once per process) and announces it (once per process).</summary>
    public async Task InitializeAsync()
    {
        _server = await Neo4jTestServer.GetAsync().ConfigureAwait(false);
        if (Interlocked.Exchange(ref _announced, 1) == 0)
            _diagnostics.OnMessage(new DiagnosticMessage(_server.Description));
    }

    /// <summary>The server outlives the fixture: it is shared by the whole test run.</summary>
    public Task DisposeAsync() => Task.CompletedTask;
}
