using Timeline.Core.Ontology;

namespace Timeline.Drafting.Entities;

/// <summary>A kind read off the text, how sure it is and what it rests on ("title 'Judge'").</summary>
internal sealed record KindGuess(EntityKind Kind, double Confidence, string Reason)
{
    public static KindGuess? Stronger(KindGuess? a, KindGuess? b) =>
        a is null ? b : b is null ? a : b.Confidence > a.Confidence ? b : a;
}
