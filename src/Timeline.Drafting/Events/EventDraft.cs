using Timeline.Core.Ontology;
using Timeline.Drafting.Dates;
using Timeline.Drafting.Entities;
using Timeline.Drafting.Text;
using Timeline.Primitives;

namespace Timeline.Drafting.Events;

/// <summary>An event found in the text, before it becomes a document item.</summary>
internal sealed class EventDraft : IDatedDraft
{
    public required Sentence Sentence { get; init; }

    public required EventType Type { get; init; }

    /// <summary>Token index of the cue that names the event.</summary>
    public required int Cue { get; init; }

    public required string CueText { get; init; }

    /// <summary>First and last token of the clause the title is taken from.</summary>
    public required (int First, int Last) Span { get; set; }

    public List<(Role Role, Resolution Entity)> Participants { get; } = [];

    /// <summary>The entity its clause's subject names, when it has one.</summary>
    public ArticleEntity? Subject { get; set; }

    public required double Confidence { get; set; }

    public List<string> Reasons { get; } = [];

    public PartialDate? Date { get; set; }

    public double DateConfidence { get; set; }

    public string? DateReason { get; set; }

    public string Title
    {
        get
        {
            var t = Sentence.Tokens;
            var text = Sentence.Article.Text[t[Span.First].Start..t[Span.Last].End].Trim();
            return text.Length == 0 ? Type.Name : char.ToUpperInvariant(text[0]) + text[1..];
        }
    }
}
