using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;

namespace Timeline.Drafting.Entities;

/// <summary>All the mentions of a sentence, in text order: names and acronyms, descriptions, anaphors, pronouns.</summary>
internal sealed class MentionFinder(DraftingRules rules)
{
    private readonly NameFinder _names = new(rules);
    private readonly DescriptionFinder _descriptions = new(rules);

    public List<Mention> Find(Sentence s)
    {
        var names = _names.Find(s).ToList();
        var descriptions = _descriptions.Find(s).ToList();
        // "Officials on both sides described …": a lone capitalised word opening the sentence is the head of a description.
        names.RemoveAll(n => n.SentenceInitial && descriptions.Any(d => d.Form == MentionForm.Description && d.First <= n.First && n.Last <= d.Last));
        // A description that is only a name's modifier is dropped (the Estavian Navy spokesperson keeps both).
        var others = descriptions.Where(d => !names.Any(n => n.First <= d.First && d.Last <= n.Last)).ToList();
        return names.Concat(others).OrderBy(m => m.First).ThenByDescending(m => m.Last).ToList();
    }
}
