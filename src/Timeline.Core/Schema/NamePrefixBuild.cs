using Timeline.Core.Lookup;
using Timeline.Core.Ontology;

namespace Timeline.Core.Schema;

/// <summary>Builds the name-prefix lists (<see cref="NamePrefixes"/>) of a graph written before they existed: every entity's
/// lists refreshed from it as stored (<see cref="NamePrefixes.Refresh"/>), a batch of entities per transaction in id order,
/// resumable (<see cref="BatchedWalk"/>). Refreshing an entity twice changes nothing, so concurrent writers (which refresh
/// their own) do no harm.</summary>
public static class NamePrefixBuild
{
    /// <summary>Its migration id.</summary>
    public const string Id = "015_name_prefixes_build";

    /// <summary>Entities per transaction: each writes a list per prefix of its keys (a few dozen).</summary>
    public const int BatchSize = 200;

    private static readonly BatchedWalk Walk = new("name prefixes (entities)", [GraphLabels.Entity], "",
        batch => NamePrefixes.Refresh(batch.Select(r => r.Get<string>("id"))) is { } refresh ? [refresh] : []) { BatchSize = BatchSize };

    /// <summary>The migration (no schema statement: the constraint is 015_name_prefixes).</summary>
    public static SchemaMigration Migration { get; } = new(Id, [], Walk.Step);
}
