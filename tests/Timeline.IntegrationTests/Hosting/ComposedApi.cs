using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Timeline.Api.Hosting;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Hosting;

/// <summary>The API composed exactly as Program.cs composes it (<c>AddTimelineApi</c>, <c>MapTimelineApi</c>), on a test
/// server, with whatever the test maps after it — as a developer adding a feature would, one more <c>MapX</c> line.</summary>
public sealed class ComposedApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ComposedApi(WebApplication app) => _app = app;

    public static async Task<ComposedApi> StartAsync(Neo4jOptions neo4j, IReadOnlyDictionary<string, string?> settings, Action<WebApplication> mapMore)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(TimelineApiFactory.Settings(neo4j, settings));
        builder.AddTimelineApi();
        var app = builder.Build();
        app.MapTimelineApi();
        mapMore(app);
        await app.StartAsync();
        return new ComposedApi(app);
    }

    /// <summary>A client without any credential.</summary>
    public HttpClient CreateClient() => _app.GetTestClient();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
