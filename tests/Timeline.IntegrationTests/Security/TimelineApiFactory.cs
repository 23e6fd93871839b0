using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Security;

/// <summary>The API host for tests: configuration settings, captured logs, and a credential every client it creates sends
/// by default (an <c>X-Api-Key</c> header or a bearer token), so tests authenticate the way real callers do.</summary>
public sealed class TimelineApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly ILoggerProvider? _logs;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces the host's services after its own registrations (a fault-injecting Neo4j client, say).</param>
    public TimelineApiFactory(IReadOnlyDictionary<string, string?> settings, ILoggerProvider? logs = null, string? apiKey = null, string? bearer = null,
        Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _logs = logs;
        _services = services;
        ApiKey = apiKey;
        Bearer = bearer;
    }

    /// <summary>Settings pointing the host at a Neo4j server (the test server unless <paramref name="extra"/> says otherwise),
    /// with request time limits that only bound a hang (<paramref name="extra"/> may set others).</summary>
    public static Dictionary<string, string?> Settings(Neo4jOptions neo4j, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Neo4j:Uri"] = neo4j.Uri.ToString(),
            ["Neo4j:User"] = neo4j.User,
            ["Neo4j:Password"] = neo4j.Password,
            // The environment of the test process must not redirect the host elsewhere.
            ["NEO4J_URI"] = neo4j.Uri.ToString(),
            ["NEO4J_USER"] = neo4j.User,
            ["NEO4J_PASSWORD"] = neo4j.Password,
            // Time limits only bound a hang here, however busy the machine; a test about limits sets its own.
            ["Timeline:Limits:QueryTimeout"] = "00:05:00",
            ["Timeline:Limits:IngestTimeout"] = "00:10:00",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return settings;
    }

    /// <summary>The API key clients send by default, if any.</summary>
    public string? ApiKey { get; }

    /// <summary>The bearer token clients send by default, if any.</summary>
    public string? Bearer { get; }

    /// <summary>A client that sends no credential at all.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (_logs is not null)
            builder.ConfigureLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        if (_services is not null)
            builder.ConfigureTestServices(_services);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        // HttpClient's default of 100 s would cut off a long ingest on a busy machine; the API's own limits end a request.
        client.Timeout = TimeSpan.FromMinutes(10);
        if (ApiKey is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        if (Bearer is not null)
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Bearer);
    }
}
