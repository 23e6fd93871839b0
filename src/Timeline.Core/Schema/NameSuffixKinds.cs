using Timeline.Core.Lookup;

namespace Timeline.Core.Schema;

/// <summary>Gives the name-suffix index of a graph written before its suffixes carried their entity's kind
/// (<see cref="NameSuffixes.KindProperty"/>) that kind: every entity's suffixes written complete, as
/// <see cref="NameSuffixRanks"/> writes them (the same walk), so that a search for some kinds seeks only theirs. Resumable
/// like <see cref="NameSuffixBuild"/>; running it again changes nothing.</summary>
public static class NameSuffixKinds
{
    /// <summary>Its migration id.</summary>
    public const string Id = "014_name_suffix_kinds";

    private static readonly BatchedWalk Walk = NameSuffixBuild.EntitySuffixes("name suffix kinds (entities)");

    /// <summary>The migration (no schema statement).</summary>
    public static SchemaMigration Migration { get; } = new(Id, [], Walk.Step);
}
