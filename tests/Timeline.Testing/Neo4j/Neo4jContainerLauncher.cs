using DotNet.Testcontainers.Builders;
using Timeline.Neo4j;

namespace Timeline.Testing.Neo4j;

/// <summary>Starts a throwaway Neo4j 5 container (the production version) for the test run. Testcontainers' reaper removes it
/// when the test process ends.</summary>
public static class Neo4jContainerLauncher
{
    private const string Image = "neo4j:5-community";
    private const ushort HttpPort = 7474;
    // Neo4j 5 rejects passwords shorter than 8 characters.
    private const string Password = "timeline-test-password";

    /// <summary>Starts the container and returns options pointing at its mapped HTTP port.</summary>
    public static async Task<Neo4jOptions> StartAsync()
    {
        var container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(HttpPort, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(HttpPort).ForPath("/")))
            .Build();
        await container.StartAsync().ConfigureAwait(false);
        return new Neo4jOptions
        {
            Uri = new UriBuilder("http", container.Hostname, container.GetMappedPublicPort(HttpPort)).Uri,
            User = "neo4j",
            Password = Password,
        };
    }
}
