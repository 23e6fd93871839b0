using Timeline.Drafting.Linking;
using Timeline.Primitives;

namespace Timeline.Drafting.Entities;

/// <summary>One thing the article speaks of: the mentions that refer to it, the names it goes by, its kind, and —
/// once linked — the graph entity it is.</summary>
internal sealed class ArticleEntity
{
    private readonly List<string> _names = [];
    private readonly List<string> _surfaces = [];

    public ArticleEntity(Mention first)
    {
        Mentions.Add(first);
        Named = first.Form is MentionForm.Name or MentionForm.Acronym || (first.Form == MentionForm.Description && first.Named);
        Head = first.Head;
        Plural = first.Plural;
        Kind = first.Kind;
        AddName(first.Surface);
        _surfaces.Add(first.Surface);
        foreach (var alias in first.Aliases) AddName(alias);
        if (first.Title is { } title) Titles.Add(title);
        first.Entity = this;
    }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Its names in the order the text gives them; the longest name form is <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The longest name the text uses as a name (not a prefixed form such as "MT Polar Wind", nor an acronym).</summary>
    public string Name => _surfaces.Where(n => !IsAcronym(n)).OrderByDescending(n => n.Length).FirstOrDefault()
                          ?? _names.Where(n => !IsAcronym(n)).OrderByDescending(n => n.Length).FirstOrDefault() ?? _names[0];

    public bool Named { get; set; }

    public string? Head { get; }

    public bool Plural { get; }

    public KindGuess? Kind { get; set; }

    /// <summary>Titles the article gives it (Foreign Minister, Judge), for the drafted description.</summary>
    public List<string> Titles { get; } = [];

    /// <summary>The graph entity it was linked to, or null for a proposed new entity.</summary>
    public KnownEntity? Link { get; set; }

    public double LinkConfidence { get; set; }

    public string? LinkNote { get; set; }

    /// <summary>For a country: the graph's government of it, which acts and speaks for it.</summary>
    public KnownEntity? Government { get; set; }

    /// <summary>The id the document uses: the graph's, or the one drafted for it.</summary>
    public string Id { get; set; } = "";

    public int Position => Mentions.Min(m => m.Position);

    public void Add(Mention m)
    {
        if (m.Entity == this) return;
        Mentions.Add(m);
        m.Entity = this;
        if (m.Form is MentionForm.Name or MentionForm.Acronym or MentionForm.Description)
        {
            AddName(m.Surface);
            _surfaces.Add(m.Surface);
            foreach (var alias in m.Aliases) AddName(alias);
        }
        if (m.Title is { } title && !Titles.Contains(title)) Titles.Add(title);
        Kind = KindGuess.Stronger(Kind, m.Kind);
    }

    public void AddName(string name)
    {
        if (!_names.Any(n => NameKey.Of(n) == NameKey.Of(name)))
            _names.Add(name);
    }

    public bool HasName(string name)
    {
        var key = NameKey.Of(name);
        return _names.Any(n => NameKey.Of(n) == key);
    }

    public static bool IsAcronym(string name) => name.Count(char.IsLetter) >= 2 && name.Where(char.IsLetter).All(char.IsUpper) && !name.Contains(' ');

    public override string ToString() => $"{Name} ({Kind?.Kind.Name ?? "?"}){(Link is null ? "" : " → " + Link.Id)}";
}
