using System.Globalization;
using System.Text.Json;
using Timeline.Bench.Corpus;
using Timeline.Bench.Infrastructure;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Neo4j;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Bench.Ingest;

/// <summary>Whether two writers write the same graph (the pipeline and the hand-written writer, or the pipeline one by one and
/// the bulk load): a sample of documents is written both ways, each copy under its own
/// id prefix, and the two subgraphs are compared node for node (labels and every property) and relationship for
/// relationship (type, ends and every property) once the prefixes are taken out of every value — the kept document, the
/// change record's targets and the source lists included; the item and relation lists by what each holds, in order (not
/// by where their buckets split); the name-prefix lists, which both copies share (they are keyed by text), by each copy's
/// entries in order where no entry of either could have been cut (<see cref="PrefixListsAsync"/>). Only what legitimately differs between two ingests is left out:
/// a change record's id and time. Both copies are deleted afterwards. With <paramref name="alterHandWrittenCopy"/> (the
/// bench's own test, <c>--break-graph</c>) the hand-written copy's first entity gets another description: the check must
/// then report a difference.</summary>
internal sealed class SameGraphCheck(BenchDatabase db, IngestionService pipeline, SameGraphCheck.Writer other, string otherName = "hand-written", bool alterHandWrittenCopy = false)
{
    public const string PipelinePrefix = "same~p~";
    public const string HandWrittenPrefix = "same~h~";

    /// <summary>The other writer: writes the (prefixed) documents, in order.</summary>
    public delegate Task Writer(IReadOnlyList<BenchDocument> documents);

    /// <summary>The per-document hand-written writer, document by document.</summary>
    public static Writer Of(HandWrittenWriter handWritten) => async documents =>
    {
        foreach (var doc in documents)
            await handWritten.WriteAsync(doc, DocumentJson.Write(doc));
    };

    // Bookkeeping that two ingests of the same document write differently by nature.
    private static readonly HashSet<(string Label, string Property)> Ignored = [(GraphLabels.Change, P.Id), (GraphLabels.Change, P.At)];

    private static readonly string Nodes = $"""
        MATCH (n) WHERE n.id STARTS WITH $prefix OR n.sourceId STARTS WITH $prefix OR n.entity STARTS WITH $prefix
        RETURN labels(n) AS labels, properties(n) AS props
        """;

    // The item and relation lists and their buckets: compared by what each list holds, in order, not by where its buckets
    // split (writing a batch's entries at once splits a growing list at other places than writing them one document at a
    // time; the reads answer the same).
    private static readonly string ListNodes = $"""
        MATCH (n) WHERE (n:{GraphLabels.ItemList} OR n:{GraphLabels.ItemBucket}) AND n.{ItemLists.KeyProperty} CONTAINS $prefix
        RETURN labels(n) AS labels, properties(n) AS props
        """;

    // The name-prefix lists holding an entry of either copy: keyed by text, so shared by both copies (and by the graph's own
    // entities); compared by PrefixLists below.
    private static readonly string PrefixListNodes = $"""
        MATCH (l:{GraphLabels.NamePrefix})
        WHERE any(x IN coalesce(l.{NamePrefixes.EntriesProperty}, []) WHERE split(x, $separator)[2] STARTS WITH $pipeline OR split(x, $separator)[2] STARTS WITH $other)
        RETURN l.{NamePrefixes.KeyProperty} AS key, l.{NamePrefixes.EntriesProperty} AS entries, l.{NamePrefixes.BoundProperty} AS bound
        """;

    private const string Relationships = """
        MATCH (a)-[r]->(b)
        WHERE a.id STARTS WITH $prefix OR a.sourceId STARTS WITH $prefix OR b.id STARTS WITH $prefix OR b.sourceId STARTS WITH $prefix
        RETURN type(r) AS type, labels(a) AS fromLabels, coalesce(a.id, a.sourceId) AS from, labels(b) AS toLabels,
               coalesce(b.id, b.sourceId) AS to, properties(r) AS props
        """;

    // Escapes only what JSON must, so that a difference in a kept document reads as the document does.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<GraphCheck> RunAsync(IReadOnlyList<BenchDocument> sample)
    {
        await db.DeletePrefixAsync(PipelinePrefix);
        await db.DeletePrefixAsync(HandWrittenPrefix);
        // The two copies share nothing (every id is prefixed): one is written whole, then the other.
        foreach (var doc in sample)
        {
            var mine = IdPrefix.Apply(doc, PipelinePrefix);
            var result = await pipeline.IngestAsync(DocumentJson.Write(mine));
            if (!result.Ok)
                throw new InvalidOperationException($"The pipeline rejected {result.SourceId}: " +
                    string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
        }
        var theirs = sample.Select(doc => IdPrefix.Apply(doc, HandWrittenPrefix)).ToList();
        if (alterHandWrittenCopy && theirs.Count > 0)
            theirs[0] = theirs[0] with { Entities = [theirs[0].Entities[0] with { Description = theirs[0].Entities[0].Description + " (altered by --break-graph)" }, .. theirs[0].Entities.Skip(1)] };
        await other(theirs);
        var (pipelineNodes, pipelineRelationships) = await ReadAsync(PipelinePrefix);
        var (handNodes, handRelationships) = await ReadAsync(HandWrittenPrefix);
        var (pipelineLists, handLists) = await PrefixListsAsync();
        pipelineNodes.AddRange(pipelineLists);
        handNodes.AddRange(handLists);
        await db.DeletePrefixAsync(PipelinePrefix);
        await db.DeletePrefixAsync(HandWrittenPrefix);
        var difference = Compare("node", pipelineNodes, handNodes, otherName) ?? Compare("relationship", pipelineRelationships, handRelationships, otherName);
        return new GraphCheck(sample.Count, pipelineNodes.Count, pipelineRelationships.Count, handNodes.Count, handRelationships.Count, difference);
    }

    /// <summary>One text per node and per relationship of the copy under <paramref name="prefix"/>, the prefix taken out.</summary>
    private async Task<(List<string> Nodes, List<string> Relationships)> ReadAsync(string prefix)
    {
        var parameters = new Dictionary<string, object?> { ["prefix"] = prefix };
        var nodes = (await db.Client.RunAsync(Nodes, parameters)).Records
            .Select(r => Describe(prefix, r.Get<List<string>>("labels"), r.Get<Dictionary<string, object?>>("props")))
            .Concat(Lists((await db.Client.RunAsync(ListNodes, parameters)).Records
                .Select(r => (r.Get<List<string>>("labels"), r.Get<Dictionary<string, object?>>("props"))).ToList())
                .Select(list => Describe(prefix, [GraphLabels.ItemList], list)))
            .Order(StringComparer.Ordinal).ToList();
        var relationships = (await db.Client.RunAsync(Relationships, parameters)).Records
            .Select(r => $"{Node(prefix, r.Get<List<string>>("fromLabels"), r.Get<string>("from"))} -[{r.Get<string>("type")} " +
                         $"{Properties(prefix, null, r.Get<Dictionary<string, object?>>("props"))}]-> {Node(prefix, r.Get<List<string>>("toLabels"), r.Get<string>("to"))}")
            .Order(StringComparer.Ordinal).ToList();
        return (nodes, relationships);
    }

    /// <summary>Each copy's entries (its prefix taken out) of each name-prefix list that holds an entry of either copy, in the
    /// list's order, one text per list and copy. A list cut at its capacity may hold one copy's entry and not the other's (the
    /// copy written second pushes the first one's entries out; an entry with one prefix may come before the bound and with the
    /// other after it): an entry is compared only when it comes before the bound with both prefixes — nothing of either copy
    /// before the bound ever leaves a list (an entry is pushed out only at or past the bound it sets, and the bound only comes
    /// down), so there both copies hold exactly the entries their writers refreshed.</summary>
    private async Task<(List<string> Pipeline, List<string> Other)> PrefixListsAsync()
    {
        var separator = NamePrefixes.Separator.ToString();
        var records = (await db.Client.RunAsync(PrefixListNodes, new Dictionary<string, object?>
        {
            ["separator"] = separator, ["pipeline"] = PipelinePrefix, ["other"] = HandWrittenPrefix,
        })).Records;
        var (mine, theirs) = (new List<string>(), new List<string>());
        foreach (var record in records)
        {
            var key = record.Get<string>("key");
            var bound = record.Get<string?>("bound");
            var entries = record.Get<List<string>>("entries");
            foreach (var (prefix, into) in new[] { (PipelinePrefix, mine), (HandWrittenPrefix, theirs) })
            {
                var kept = new List<object?>();
                foreach (var entry in entries)
                {
                    var parts = entry.Split(NamePrefixes.Separator);
                    if (parts.Length != 3 || !parts[2].StartsWith(prefix, StringComparison.Ordinal))
                        continue;
                    var (rank, nameKey, id) = (parts[0], parts[1], parts[2][prefix.Length..]);
                    string As(string copy) => string.Join(separator, rank, nameKey, copy + id);
                    if (bound is null || (string.CompareOrdinal(As(PipelinePrefix), bound) < 0 && string.CompareOrdinal(As(HandWrittenPrefix), bound) < 0))
                        kept.Add(string.Join(separator, rank, nameKey, id));
                }
                if (kept.Count > 0)
                    into.Add(Describe(prefix, [GraphLabels.NamePrefix], new Dictionary<string, object?>
                    {
                        [NamePrefixes.KeyProperty] = key, [NamePrefixes.EntriesProperty] = kept,
                    }));
            }
        }
        return (mine, theirs);
    }

    // Each list as its key, its other properties and its buckets' entries in order (the starts and sizes, which say where the
    // buckets split, left out); a bucket no list's starts name is kept as a list of its own, so that it shows as a difference.
    private static IEnumerable<Dictionary<string, object?>> Lists(IReadOnlyList<(List<string> Labels, Dictionary<string, object?> Props)> nodes)
    {
        var buckets = nodes.Where(n => n.Labels.Contains(GraphLabels.ItemBucket))
            .ToDictionary(n => (string)n.Props[ItemLists.KeyProperty]!, n => n.Props, StringComparer.Ordinal);
        foreach (var (_, props) in nodes.Where(n => n.Labels.Contains(GraphLabels.ItemList)))
        {
            var key = (string)props[ItemLists.KeyProperty]!;
            var entries = new List<object?>();
            foreach (var start in (IReadOnlyList<object?>)props[ItemLists.StartsProperty]!)
            {
                if (buckets.Remove($"{key}{ItemLists.BucketSeparator}{start}", out var bucket))
                    entries.AddRange((IReadOnlyList<object?>)bucket[ItemLists.EntriesProperty]!);
            }
            yield return props.Where(kv => kv.Key is not (ItemLists.StartsProperty or ItemLists.SizesProperty))
                .Append(KeyValuePair.Create(ItemLists.EntriesProperty, (object?)entries)).ToDictionary(StringComparer.Ordinal);
        }
        foreach (var orphan in buckets.Values)
            yield return new Dictionary<string, object?>(orphan, StringComparer.Ordinal) { ["orphan bucket"] = true };
    }

    private static string Node(string prefix, List<string> labels, string id) =>
        $"({string.Join(":", labels.Order(StringComparer.Ordinal))} {Unprefixed(prefix, id)})";

    private static string Describe(string prefix, List<string> labels, Dictionary<string, object?> props)
    {
        var ordered = labels.Order(StringComparer.Ordinal).ToList();
        return $"({string.Join(":", ordered)} {Properties(prefix, ordered, props)})";
    }

    private static string Properties(string prefix, List<string>? labels, Dictionary<string, object?> props) =>
        "{" + string.Join(", ", props
            .Where(kv => labels is null || !labels.Any(l => Ignored.Contains((l, kv.Key))))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}: {Value(prefix, kv.Value)}")) + "}";

    private static string Value(string prefix, object? value) => value switch
    {
        string s => JsonSerializer.Serialize(Unprefixed(prefix, s), Readable),
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(v => Value(prefix, v))) + "]",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private static string Unprefixed(string prefix, string text) => text.Replace(prefix, "", StringComparison.Ordinal);

    /// <summary>The first element each side has more of than the other (as multisets), or null when they are equal.</summary>
    private static string? Compare(string what, List<string> pipeline, List<string> handWritten, string otherName)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in pipeline) counts[x] = counts.GetValueOrDefault(x) + 1;
        foreach (var x in handWritten) counts[x] = counts.GetValueOrDefault(x) - 1;
        var onlyPipeline = counts.Where(kv => kv.Value > 0).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        var onlyHand = counts.Where(kv => kv.Value < 0).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        if (onlyPipeline.Count == 0 && onlyHand.Count == 0)
            return null;
        var summary = $"{onlyPipeline.Count} {what}(s) only the pipeline wrote, {onlyHand.Count} only the {otherName} writer wrote";
        if (onlyPipeline.Count == 0 || onlyHand.Count == 0)
            return $"{summary}: {Cut((onlyPipeline.Count == 0 ? onlyHand : onlyPipeline)[0], 0)}";
        // Where the first two differ, with some context: enough to see which property.
        var (a, b) = (onlyPipeline[0], onlyHand[0]);
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at])
            at++;
        return $"{summary}; the first differ at: pipeline {Cut(a, at)} / {otherName} {Cut(b, at)}";
    }

    private static string Cut(string text, int at)
    {
        var from = Math.Max(0, at - 160);
        var to = Math.Min(text.Length, at + 160);
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }
}
