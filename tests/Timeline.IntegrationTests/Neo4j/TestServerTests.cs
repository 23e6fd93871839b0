using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

/// <summary>The tests never run against the analyst's graph: the local instance <c>default</c> that <c>scripts/run</c> serves.</summary>
public sealed class TestServerTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task The_test_server_is_not_the_default_instance_that_scripts_run_serves()
    {
        // neo4j-local status starts nothing; it knows the default instance's address even before it is installed.
        var analysts = await Neo4jLocalScript.AddressAsync("default");

        Assert.NotNull(analysts);
        Assert.NotEqual(analysts.Authority, db.Server.Options.Uri.Authority);
        if (db.Server.Source == "local")
            Assert.Equal(await Neo4jLocalScript.AddressAsync(Neo4jLocalScript.TestInstance), db.Server.Options.Uri);
    }
}
