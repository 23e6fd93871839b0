using System.Text;
using Timeline.Core.Ontology;
using Timeline.Drafting.Rules;
using Timeline.Primitives;

namespace Timeline.Drafting.Building;

/// <summary>Readable, unique ids for what the draft proposes: <c>person:henrik-sand</c>, <c>stmt:sand-we-came-here</c>.
/// Ids already in the graph (or already given in the draft) get a numeric suffix instead of being reused.</summary>
internal sealed class IdMaker(DraftingRules rules)
{
    /// <summary>How a drafted event's id starts (the convention of the project's documents, gold ones included).</summary>
    public const string EventPrefix = "event:";

    /// <summary>How a drafted statement's id starts.</summary>
    public const string StatementPrefix = "stmt:";

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Ids that exist elsewhere (the graph) and must not be drafted.</summary>
    public void Reserve(IEnumerable<string> ids) => _taken.UnionWith(ids);

    /// <summary>The id an entity of this kind and name would get, without reserving it.</summary>
    public string Candidate(EntityKind? kind, string name) => $"{Prefix(kind)}:{Slug(name, 8)}";

    public string ForEntity(EntityKind? kind, string name) => Unique(Candidate(kind, name));

    public string ForEvent(string type, string about, string? date) =>
        Unique($"{EventPrefix}{Slug(Kebab(type) + " " + about + (date is null ? "" : " " + date), 10)}");

    public string ForStatement(string speaker, string text) => Unique($"{StatementPrefix}{Slug(speaker + " " + text, 8)}");

    private string Prefix(EntityKind? kind) => kind is null ? "entity" : rules.IdPrefixes[kind];

    private string Unique(string id)
    {
        var candidate = id;
        for (var n = 2; !_taken.Add(candidate); n++)
            candidate = $"{id}-{n}";
        return candidate;
    }

    /// <summary>Lower case, accents folded, words joined by hyphens, at most <paramref name="maxWords"/> words.</summary>
    public static string Slug(string text, int maxWords)
    {
        var folded = NameKey.Of(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                current.Append(c);
                continue;
            }
            if (c is '’' or '\'') continue; // Norland's → norlands
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
        if (current.Length > 0) words.Add(current.ToString());
        var slug = string.Join('-', words.Take(maxWords));
        return slug.Length == 0 ? "item" : slug;
    }

    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
