using System.Text.RegularExpressions;
using Timeline.Primitives;

namespace Timeline.Query.Cypher;

/// <summary>Writes one Cypher statement: names variables and parameters itself (from hints, numbered on collision, in
/// order of first use, so the text is deterministic) and collects parameter values. For the service, values never enter
/// the text (<see cref="ForParameters"/>); for a person pasting the query into Neo4j Browser, the same tree is written
/// with each value as a Cypher literal instead (<see cref="ForBrowser"/>).</summary>
public sealed partial class CypherBuilder
{
    private readonly bool _literals;
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<object, string> _parameterNames = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CypherVariable, string> _variableNames = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _takenVariables = new(StringComparer.Ordinal);

    private CypherBuilder(bool literals) => _literals = literals;

    /// <summary>A builder whose values become parameters (every statement the service sends).</summary>
    public static CypherBuilder ForParameters() => new(literals: false);

    /// <summary>A builder whose values are written in as literals (a text for Neo4j Browser; never sent by the service).</summary>
    public static CypherBuilder ForBrowser() => new(literals: true);

    /// <summary>The parameters referenced by the text (empty when values are written as literals).</summary>
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

    /// <summary>Adds a parameter and returns its reference (<c>$name</c>), or the value as a literal for Browser.</summary>
    public string Parameter(string hint, object? value)
    {
        if (_literals)
            return CypherLiterals.Of(value);
        var name = Unique(Sanitize(hint), _parameters.ContainsKey);
        _parameters[name] = value;
        return "$" + name;
    }

    /// <summary>A parameter shared by every use of <paramref name="owner"/> (e.g. one window bound used in several places).</summary>
    public string Parameter(object owner, string hint, object? value)
    {
        if (_literals)
            return CypherLiterals.Of(value);
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
