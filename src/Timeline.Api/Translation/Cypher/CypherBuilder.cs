using System.Text.RegularExpressions;

namespace Timeline.Api.Translation.Cypher;

/// <summary>Writes one Cypher statement: names variables and parameters itself (from hints, numbered on collision, in
/// order of first use, so the text is deterministic) and collects parameter values. Values never enter the text.</summary>
internal sealed partial class CypherBuilder
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<object, string> _parameterNames = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CypherVariable, string> _variableNames = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _takenVariables = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    /// <summary>The text of a variable (named on first use).</summary>
    public string Name(CypherVariable variable)
    {
        if (_variableNames.TryGetValue(variable, out var name))
            return name;
        name = Unique(Sanitize(variable.Hint), _takenVariables.Contains);
        _takenVariables.Add(name);
        _variableNames[variable] = name;
        return name;
    }

    /// <summary>Adds a parameter and returns its reference (<c>$name</c>).</summary>
    public string Parameter(string hint, object? value)
    {
        var name = Unique(Sanitize(hint), _parameters.ContainsKey);
        _parameters[name] = value;
        return "$" + name;
    }

    /// <summary>A parameter shared by every use of <paramref name="owner"/> (e.g. one window bound used in several places).</summary>
    public string Parameter(object owner, string hint, object? value)
    {
        if (_parameterNames.TryGetValue(owner, out var existing))
            return existing;
        var reference = Parameter(hint, value);
        _parameterNames[owner] = reference;
        return reference;
    }

    private static string Unique(string hint, Func<string, bool> taken)
    {
        if (!taken(hint))
            return hint;
        for (var i = 1; ; i++)
        {
            var candidate = hint + i;
            if (!taken(candidate))
                return candidate;
        }
    }

    private static string Sanitize(string hint) => IdentifierPattern().IsMatch(hint) ? hint : "p";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
