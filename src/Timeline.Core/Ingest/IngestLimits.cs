namespace Timeline.Core.Ingest;

/// <summary>Size limits that keep one document from exhausting memory or a Neo4j transaction.</summary>
public sealed record IngestLimits
{
    /// <summary>The limits used when none are configured.</summary>
    public static IngestLimits Default { get; } = new();

    /// <summary>Largest accepted document, in UTF-8 bytes (default 5 MiB).</summary>
    public long MaxDocumentBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Longest accepted string value, in UTF-16 characters (default 20,000).</summary>
    public int MaxStringLength { get; init; } = 20_000;

    /// <summary>Most items in any one list: entities, aliases, participants, … (default 10,000).</summary>
    public int MaxItems { get; init; } = 10_000;

    /// <summary>Longest accepted id, in characters (default 200).</summary>
    public int MaxIdLength { get; init; } = 200;

    /// <summary>Deepest accepted JSON nesting (default 32; a valid document needs about 5).</summary>
    public int MaxDepth { get; init; } = 32;
}
