using Timeline.Neo4j;

namespace Timeline.UnitTests.Hosting;

/// <summary><see cref="Neo4jOptions.ApplyEnvironment"/>: the one reading of the NEO4J_* variables, shared by the CLI (process
/// environment) and the API (its configuration).</summary>
public sealed class Neo4jEnvironmentTests
{
    [Fact]
    public void Every_documented_variable_overrides_its_setting()
    {
        var options = new Neo4jOptions().ApplyEnvironment(Read(new()
        {
            ["NEO4J_URI"] = "http://neo4j.internal:7474",
            ["NEO4J_USER"] = "analyst",
            ["NEO4J_PASSWORD"] = "s3cret",
            ["NEO4J_DATABASE"] = "timeline",
        }));

        Assert.Equal(new Uri("http://neo4j.internal:7474"), options.Uri);
        Assert.Equal("analyst", options.User);
        Assert.Equal("s3cret", options.Password);
        Assert.Equal("timeline", options.Database);
    }

    [Fact]
    public void Unset_or_empty_variables_leave_settings_alone_but_an_empty_password_counts()
    {
        var options = new Neo4jOptions { User = "configured", Database = "configured-db", Password = "configured-password" }
            .ApplyEnvironment(Read(new() { ["NEO4J_USER"] = "", ["NEO4J_DATABASE"] = "", ["NEO4J_PASSWORD"] = "" }));

        Assert.Equal("configured", options.User);
        Assert.Equal("configured-db", options.Database);
        Assert.Equal("", options.Password);
        Assert.Equal(new Uri("http://127.0.0.1:7474"), options.Uri);
    }

    [Fact]
    public void A_password_file_wins_over_NEO4J_PASSWORD_without_its_line_break()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "from-the-file\n");
            var options = new Neo4jOptions().ApplyEnvironment(Read(new() { ["NEO4J_PASSWORD"] = "from-the-environment", ["NEO4J_PASSWORD_FILE"] = file }));
            Assert.Equal("from-the-file", options.Password);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_unreadable_password_file_is_named_in_the_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "timeline-no-such-password-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<IOException>(() => new Neo4jOptions().ApplyEnvironment(Read(new() { ["NEO4J_PASSWORD_FILE"] = missing })));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("NEO4J_PASSWORD_FILE", error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Read(Dictionary<string, string?> variables) => name => variables.GetValueOrDefault(name);
}
