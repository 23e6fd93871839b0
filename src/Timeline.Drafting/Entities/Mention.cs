using Timeline.Drafting.Text;

namespace Timeline.Drafting.Entities;

/// <summary>A span of a sentence that refers to an entity. <see cref="First"/>..<see cref="Last"/> are token indexes
/// (inclusive) of the words that name it; <see cref="Surface"/> is the name without titles or prefixes.</summary>
internal sealed class Mention(Sentence sentence, int first, int last, string surface, MentionForm form)
{
    public Sentence Sentence { get; } = sentence;

    public int First { get; } = first;

    public int Last { get; set; } = last;

    public string Surface { get; set; } = surface;

    public MentionForm Form { get; } = form;

    public KindGuess? Kind { get; set; }

    /// <summary>A title before the name (Prime Minister), kept as evidence and for the entity's description.</summary>
    public string? Title { get; set; }

    /// <summary>Other names the text gives it on the spot: the acronym in "Northern Maritime Authority (NMA)", the
    /// prefixed form "MT Polar Wind".</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>Followed by 's: a modifier (Norland's prime minister), not the head of its phrase.</summary>
    public bool Possessive { get; set; }

    /// <summary>A lone capitalised word at the start of a sentence: it may be an ordinary word.</summary>
    public bool SentenceInitial { get; set; }

    /// <summary>For descriptions: names one institution (the Marovian foreign ministry) rather than describing
    /// unnamed people or things (a senior official, Estavian trawlers).</summary>
    public bool Named { get; set; } = true;

    /// <summary>For descriptions and anaphors: the head noun (official, fishermen, authority).</summary>
    public string? Head { get; set; }

    /// <summary>A plural group (officials, they).</summary>
    public bool Plural { get; set; }

    /// <summary>The entity it was resolved to.</summary>
    public ArticleEntity? Entity { get; set; }

    public int Start => Sentence.Tokens[First].Start;

    public int End => Sentence.Tokens[Last].End;

    /// <summary>Absolute position in the article, for "the nearest before".</summary>
    public int Position => Start;

    public override string ToString() => $"{Form}:{Surface}";
}
