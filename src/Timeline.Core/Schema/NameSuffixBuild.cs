using Timeline.Core.Lookup;
using Timeline.Core.Ontology;

namespace Timeline.Core.Schema;

/// <summary>Builds the name-suffix index (<see cref="NameSuffixes"/>) of a graph ingested before it existed: every entity's
/// suffixes with their rank data (<see cref="NameSuffixes.WriteStored"/>), a batch of entities per transaction in id order,
/// resumable (<see cref="BatchedWalk"/>). Each entity is written under its write lock as it still is, so concurrent ingests
/// (which write their own) do no harm, and writing it twice changes nothing.</summary>
public static class NameSuffixBuild
{
    /// <summary>Its migration id.</summary>
    public const string Id = "007_name_suffixes_build";

    /// <summary>Entities per transaction.</summary>
    public const int BatchSize = BatchedWalk.DefaultBatchSize;

    private static readonly BatchedWalk Walk = EntitySuffixes("name suffixes (entities)");

    /// <summary>The migration (no schema statement: the constraint is 007_name_suffixes).</summary>
    public static SchemaMigration Migration { get; } = new(Id, [], Walk.Step);

    /// <summary>The walk that writes every entity's complete suffix data, counted in progress as <paramref name="description"/>.</summary>
    internal static BatchedWalk EntitySuffixes(string description) => new(description, [GraphLabels.Entity],
        $"coalesce(n.{GraphProperties.SearchKeys}, []) AS keys, n.{GraphProperties.NameKey} AS nameKey",
        batch => NameSuffixes.WriteStored(batch.Select(r =>
            (r.Get<string>("id"), r.Get<string?>("nameKey"), (IReadOnlyList<string>)r.Get<List<string>>("keys")))) is { } write ? [write] : []);
}
