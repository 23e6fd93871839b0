using Timeline.Core.Ontology;

namespace Timeline.Drafting.Rules;

/// <summary>How an event cue appears in a sentence.</summary>
internal enum EventCueForm
{
    /// <summary>A past form: seized, has seized, was seized, met.</summary>
    Past,

    /// <summary>The lemma, counted only after will/to/would (will meet, plans to meet).</summary>
    Base,

    /// <summary>A fixed phrase (imposed sanctions on).</summary>
    Phrase,
}

/// <summary>Words that make a clause an event of <see cref="Type"/>, and the roles its subject and object play.</summary>
internal sealed record EventCue(string[] Words, EventType Type, Role SubjectRole, Role ObjectRole, EventCueForm Form);
