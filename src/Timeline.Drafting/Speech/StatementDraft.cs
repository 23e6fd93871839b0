using Timeline.Drafting.Dates;
using Timeline.Drafting.Entities;
using Timeline.Drafting.Text;
using Timeline.Primitives;

namespace Timeline.Drafting.Speech;

/// <summary>A statement found in the text, before it becomes a document item.</summary>
internal sealed class StatementDraft : IDatedDraft
{
    public required Sentence Sentence { get; init; }

    /// <summary>The statement's text as absolute character offsets: the quoted words, or the reported clause.</summary>
    public required int TextStart { get; init; }

    public required int TextEnd { get; init; }

    public required bool Verbatim { get; init; }

    public required Resolution Speaker { get; init; }

    /// <summary>How the speaker was attributed ("quote followed by 'Brandt said'").</summary>
    public required string How { get; init; }

    public required double Confidence { get; init; }

    /// <summary>Tokens of the sentence that attribute the words (the cue and the words around it); a date there is the
    /// date of the speech act.</summary>
    public required (int First, int Last) Attribution { get; init; }

    /// <summary>Tokens of the reported clause or quotation.</summary>
    public required (int First, int Last) Clause { get; init; }

    /// <summary>For a statement put together from two parts of the sentence ("The agreement, she said, “protects …”" →
    /// The agreement “protects …”): its text; otherwise null and the text is the span.</summary>
    public string? Composed { get; init; }

    public string Text => Composed ?? Sentence.Article.Text[TextStart..TextEnd];

    /// <summary>The named things its words mention (its <c>about</c>).</summary>
    public List<Mention> AboutMentions { get; } = [];

    public PartialDate? Date { get; set; }

    public double DateConfidence { get; set; }

    public string? DateReason { get; set; }
}
