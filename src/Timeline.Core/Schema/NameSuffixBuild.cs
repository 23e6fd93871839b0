using Timeline.Core.Lookup;
using Timeline.Core.Ontology;

namespace Timeline.Core.Schema;

/// <summary>Builds the name-suffix index (<see cref="NameSuffixes"/>) of a graph ingested before it existed: every entity's
/// suffixes, a batch of entities per transaction in id order, resumable (<see cref="BatchedWalk"/>). Adding a suffix twice
/// changes nothing, so concurrent ingests (which write their own) do no harm.</summary>
public static class NameSuffixBuild
{
    /// <summary>Its migration id.</summary>
    public const string Id = "007_name_suffixes_build";

    /// <summary>Entities per transaction.</summary>
    public const int BatchSize = BatchedWalk.DefaultBatchSize;

    private static readonly BatchedWalk Walk = new("name suffixes (entities)", [GraphLabels.Entity],
        $"coalesce(n.{GraphProperties.SearchKeys}, []) AS keys",
        batch => NameSuffixes.Write(batch.Select(r => (r.Get<string>("id"), (IEnumerable<string>)r.Get<List<string>>("keys")))) is { } write ? [write] : []);

    /// <summary>The migration (no schema statement: the constraint is 007_name_suffixes).</summary>
    public static SchemaMigration Migration { get; } = new(Id, [], Walk.Step);
}
