namespace Timeline.Core.Curation;

/// <summary>What a change did (the GraphQL enum <c>ChangeAction</c> has the same names).</summary>
public static class ChangeAction
{
    /// <summary>A source's document was ingested (first time, or a changed version).</summary>
    public const string Ingested = "INGESTED";

    /// <summary>A source was retracted: its support removed from every fact.</summary>
    public const string Retracted = "RETRACTED";

    /// <summary>A retracted source was reinstated: its document ingested again.</summary>
    public const string Reinstated = "REINSTATED";

    /// <summary>An editor corrected a fact (<see cref="FactCuration"/>).</summary>
    public const string Corrected = "CORRECTED";

    /// <summary>An editor withdrew a fact (<see cref="FactCuration"/>).</summary>
    public const string Withdrawn = "WITHDRAWN";

    /// <summary>Entities were merged into one (not built yet).</summary>
    public const string Merged = "MERGED";

    /// <summary>A merge was undone (not built yet).</summary>
    public const string Unmerged = "UNMERGED";

    /// <summary>Every action, in the order the contract lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Ingested, Retracted, Reinstated, Corrected, Withdrawn, Merged, Unmerged];
}
