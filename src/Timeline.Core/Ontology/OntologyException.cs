namespace Timeline.Core.Ontology;

/// <summary>The ontology declaration is invalid; the message names the declaration and its line.</summary>
public sealed class OntologyException : Exception
{
    /// <summary>Creates the exception for the declaration at <paramref name="location"/>.</summary>
    /// <param name="location">Dotted path of the bad declaration, e.g. <c>kinds.Government.extends</c>.</param>
    /// <param name="line">1-based line in the YAML text, when known.</param>
    /// <param name="problem">What is wrong.</param>
    public OntologyException(string location, int? line, string problem)
        : base(Format(location, line, problem))
    {
        Location = location;
        Line = line;
        Problem = problem;
    }

    /// <summary>Dotted path of the bad declaration (empty for the document itself).</summary>
    public string Location { get; }

    /// <summary>1-based line in the YAML text, when known.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Problem { get; }

    private static string Format(string location, int? line, string problem)
    {
        var where = location.Length == 0 ? "ontology" : $"ontology {location}";
        return line is null ? $"{where}: {problem}" : $"{where} (line {line}): {problem}";
    }
}
