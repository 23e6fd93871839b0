using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Cli.Commands;

/// <summary>What every command needs: a Neo4j client configured from the environment (<c>NEO4J_URI</c>,
/// <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> or <c>NEO4J_PASSWORD_FILE</c>, <c>NEO4J_DATABASE</c>, read by
/// <see cref="Neo4jOptions.ApplyEnvironment"/> exactly as the API reads them) and the ontology.</summary>
internal static class CliContext
{
    public static Neo4jClient CreateClient() => new(new Neo4jOptions().ApplyEnvironment(Environment.GetEnvironmentVariable));

    public static OntologyModel Ontology => OntologyModel.Default;

    /// <summary>Runs a command body, turning the errors a user can act on into one clear line and exit code 1.</summary>
    public static async Task<int> RunAsync(Func<Neo4jClient, Task<int>> body)
    {
        try
        {
            await using var client = CreateClient();
            return await body(client);
        }
        catch (Neo4jException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }
}
