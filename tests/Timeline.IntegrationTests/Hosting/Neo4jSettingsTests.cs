using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Timeline.IntegrationTests.Security;
using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Hosting;

/// <summary>The API reads its Neo4j settings as README's Configuration table says, and as the CLI does: the <c>Neo4j</c>
/// section, overridden by <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_PASSWORD_FILE</c> and
/// <c>NEO4J_DATABASE</c>. The hosts point at a port where nothing listens: these tests are about settings, not a server.</summary>
public sealed class Neo4jSettingsTests
{
    private static readonly Neo4jOptions Nowhere = new() { Uri = new Uri("http://127.0.0.1:1"), User = "neo4j", Password = "unused" };

    [Fact]
    public async Task NEO4J_DATABASE_names_the_database_of_the_api_s_client()
    {
        await using var host = Host(new() { ["NEO4J_DATABASE"] = "analysts" });

        Assert.Equal("analysts", Neo4jOptionsOf(host).Database);
    }

    [Fact]
    public async Task The_environment_wins_over_the_Neo4j_section()
    {
        await using var host = Host(new()
        {
            ["Neo4j:Database"] = "from-section",
            ["Neo4j:MaxTransientRetries"] = "7",
            ["NEO4J_DATABASE"] = "from-environment",
            ["NEO4J_USER"] = "reader-of-graphs",
        });

        var options = Neo4jOptionsOf(host);
        Assert.Equal("from-environment", options.Database);
        Assert.Equal("reader-of-graphs", options.User);
        // A setting the environment does not name still comes from the section.
        Assert.Equal(7, options.MaxTransientRetries);
    }

    [Fact]
    public async Task The_Neo4j_section_alone_names_the_database()
    {
        await using var host = Host(new() { ["Neo4j:Database"] = "from-section" });

        Assert.Equal("from-section", Neo4jOptionsOf(host).Database);
    }

    private static TimelineApiFactory Host(Dictionary<string, string?> extra)
    {
        var settings = TimelineApiFactory.Settings(Nowhere, extra);
        settings["Neo4j:ConnectTimeout"] = "00:00:02";
        return new TimelineApiFactory(settings);
    }

    private static Neo4jOptions Neo4jOptionsOf(TimelineApiFactory host) =>
        host.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
}
