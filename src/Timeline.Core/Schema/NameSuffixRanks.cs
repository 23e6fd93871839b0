using Timeline.Core.Lookup;

namespace Timeline.Core.Schema;

/// <summary>Gives the name-suffix index of a graph written before its rank data (<see cref="NameSuffixes.StartsProperty"/>,
/// <see cref="NameSuffixes.NameKeyProperty"/>) that data: every entity's suffixes written complete — <c>starts</c> exact, its
/// <c>nameKey</c> on every suffix of it, stale ones too, through the <c>NameSuffix(entity)</c> index of
/// 012_name_suffix_entity — so that search ranks the suffixes alone. Resumable like <see cref="NameSuffixBuild"/>, whose
/// walk it is; running it again changes nothing.</summary>
public static class NameSuffixRanks
{
    /// <summary>Its migration id.</summary>
    public const string Id = "013_name_suffix_ranks";

    private static readonly BatchedWalk Walk = NameSuffixBuild.EntitySuffixes("name suffix ranks (entities)");

    /// <summary>The migration (no schema statement: the index is 012_name_suffix_entity).</summary>
    public static SchemaMigration Migration { get; } = new(Id, [], Walk.Step);
}
