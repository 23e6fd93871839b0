namespace Timeline.Drafting.Linking;

/// <summary>The graph as the drafter needs it: which entities carry these names. Kept behind an interface so the
/// extractor has no Neo4j dependency; <see cref="Neo4jKnownEntities"/> reads the graph, <see cref="KnownEntityCatalog"/>
/// holds entities from documents (for scoring a corpus offline).</summary>
public interface IKnownEntities
{
    /// <summary>Every named entity one of whose normalised names or aliases is in <paramref name="keys"/>, and every
    /// entity whose id is in <paramref name="ids"/> (so drafted ids never collide with the graph's). One call per article.</summary>
    Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> ids, CancellationToken ct = default);
}
