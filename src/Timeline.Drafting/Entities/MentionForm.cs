namespace Timeline.Drafting.Entities;

/// <summary>How a mention refers to its entity.</summary>
internal enum MentionForm
{
    /// <summary>A capitalised name: Tomas Lindqvist, Kessel Strait, Aurora Dawn.</summary>
    Name,

    /// <summary>An acronym: NMA, CNS, U.N.</summary>
    Acronym,

    /// <summary>A description of something unnamed or named by description: a senior official at the justice ministry,
    /// eleven Estavian fishermen, the Marovian foreign ministry.</summary>
    Description,

    /// <summary>he, she, it, they.</summary>
    Pronoun,

    /// <summary>A definite noun that points back to something named earlier: the authority, the company, the official.</summary>
    Anaphor,
}
