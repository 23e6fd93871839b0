namespace Timeline.Core.Security;

/// <summary>Reads the Neo4j password from a secrets file (<c>NEO4J_PASSWORD_FILE</c>, e.g. a Docker or Kubernetes secret)
/// so that it need not sit in the environment, where process listings and crash dumps show it.</summary>
public static class Neo4jPasswordFile
{
    /// <summary>Sets <paramref name="options"/>' password from the file <c>NEO4J_PASSWORD_FILE</c> names, read through
    /// <paramref name="read"/> (the environment or configuration), when it is set; it wins over <c>NEO4J_PASSWORD</c>.</summary>
    public static Timeline.Neo4j.Neo4jOptions Apply(Timeline.Neo4j.Neo4jOptions options, Func<string, string?> read)
    {
        if (read("NEO4J_PASSWORD_FILE") is { Length: > 0 } file)
            options.Password = Read(file);
        return options;
    }

    /// <summary>The file's content without its trailing line break. Errors name the file, never its content.</summary>
    public static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path).TrimEnd('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Cannot read the Neo4j password file '{path}' (NEO4J_PASSWORD_FILE): {e.GetType().Name}.", e);
        }
    }
}
