using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Timeline.Bench.Infrastructure;
using Timeline.Bench.Reporting;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Drafting;
using Timeline.Drafting.Linking;
using Timeline.Drafting.Scoring;
using Timeline.Neo4j;

namespace Timeline.Bench.Drafting;

/// <summary><c>bench/run --draft</c>: how long a draft takes after start-up (issue 15: a 3,000-character article in under
/// 200 ms). The articles are the drafting corpus, the seed article, and a 3,000-character article made of two corpus
/// articles; the graph is the bench Neo4j holding the corpus's known entities and the seed document. Each draft is timed
/// whole (text → envelope, with the one linking read), and split into the linking read and the rest; the same read sent
/// directly through the client is the hand-written floor.</summary>
internal static class DraftBenchmark
{
    private const int TargetChars = 3000;
    private const double TargetMs = 200;

    public static async Task RunAsync(Neo4jClient client, RequestTimingHandler timing, string corpus, string seedText, string seedDocument,
        int iterations, string outputDirectory, Action<string> log)
    {
        var ontology = OntologyModel.Default;
        var ingestion = new IngestionService(client, ontology, IngestLimits.Default);
        foreach (var doc in CorpusArticle.KnownEntities(corpus).Select(d => JsonSerializer.SerializeToUtf8Bytes(d)).Append(await File.ReadAllBytesAsync(seedDocument)))
        {
            var result = await ingestion.IngestAsync(doc);
            if (!result.Ok) throw new InvalidOperationException($"loading the known entities failed: {string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
        }

        var corpusArticles = CorpusArticle.Load(corpus).Select(a => (a.Name, Article: a.ToArticle())).ToList();
        var joined = new Article(AtLeast(string.Join("\n\n", corpusArticles.Take(3).Select(a => a.Article.Text)), TargetChars), corpusArticles[1].Article.Published);
        var articles = corpusArticles
            .Append(("seed-2026-01-09-caracas", new Article(await File.ReadAllTextAsync(seedText), new DateOnly(2026, 1, 9))))
            .Append(($"{TargetChars}-chars (01+02+03…)", joined))
            .ToList();

        var graph = new RuleBasedExtractor(ontology, new Neo4jKnownEntities(client));
        // Start-up (JIT, rules, connection pool) is not part of the figure: a few drafts of every article first.
        foreach (var (_, article) in articles)
        {
            for (var i = 0; i < 5; i++) await graph.DraftAsync(article);
        }

        var rows = new List<DraftBenchRow>();
        foreach (var (name, article) in articles)
        {
            var total = new List<double>();
            var inNeo4j = new List<double>();
            for (var i = 0; i < iterations; i++)
            {
                var before = timing.Elapsed;
                var watch = Stopwatch.StartNew();
                var draft = await graph.DraftAsync(article);
                _ = DraftEnvelope.Write(draft);
                watch.Stop();
                total.Add(watch.Elapsed.TotalMilliseconds);
                inNeo4j.Add((timing.Elapsed - before).TotalMilliseconds);
            }
            // The floor: the same one read, sent directly (the keys and ids the extractor asked for).
            var recording = new RecordingKnownEntities(new Neo4jKnownEntities(client));
            await new RuleBasedExtractor(ontology, recording).DraftAsync(article);
            var direct = new List<double>();
            for (var i = 0; i < iterations; i++)
            {
                var watch = Stopwatch.StartNew();
                await client.RunAsync(Neo4jKnownEntities.Cypher, new Dictionary<string, object?> { ["keys"] = recording.Keys, ["ids"] = recording.Ids });
                direct.Add(watch.Elapsed.TotalMilliseconds);
            }
            var row = new DraftBenchRow(name, article.Text.Length, Stats.Median(total), Stats.Percentile(total, 95), Stats.Median(inNeo4j),
                Stats.Median(direct), recording.Keys.Count);
            rows.Add(row);
            log($"draft {name}: {row.Chars} chars, p50 {row.P50Ms:F1} ms, p95 {row.P95Ms:F1} ms (linking read {row.ReadP50Ms:F1} ms; the same read sent directly {row.DirectReadP50Ms:F1} ms)");
        }

        var server = await client.GetServerInfoAsync();
        var report = Markdown(rows, iterations, MachineInfo.Read($"{server.Version} {server.Edition}", await ServerMemory.ReadAsync(client)));
        Directory.CreateDirectory(outputDirectory);
        var file = Path.Combine(outputDirectory, $"{DateTime.Now:yyyy-MM-dd}-draft.md");
        await File.WriteAllTextAsync(file, report);
        Console.Out.Write(report);
        log($"results: {file}");
    }

    private static string Markdown(List<DraftBenchRow> rows, int iterations, MachineInfo machine)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"# Drafting benchmark, {DateTime.Now:yyyy-MM-dd}");
        sb.AppendLine();
        sb.AppendLine(inv, $"{machine.Cores} cores ({machine.Cpu}), Neo4j {machine.Neo4j}, {machine.DotNet}; load average {MachineInfo.LoadAverage():F2}; {iterations} drafts per article after 5 warm-up drafts of each.");
        sb.AppendLine();
        sb.AppendLine("| article | chars | draft p50 ms | draft p95 ms | linking read p50 ms | same read sent directly p50 ms | name keys |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in rows)
            sb.AppendLine(inv, $"| {r.Name} | {r.Chars:N0} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.ReadP50Ms:F1} | {r.DirectReadP50Ms:F1} | {r.Keys} |");
        var long3000 = rows.Where(r => r.Chars >= TargetChars).ToList();
        var worst = long3000.Max(r => r.P95Ms);
        sb.AppendLine();
        sb.AppendLine(inv, $"Target: a draft of a {TargetChars:N0}-character article in under {TargetMs:F0} ms after start-up. Worst p95 over the articles of at least {TargetChars:N0} characters: {worst:F1} ms — {(worst < TargetMs ? "met" : "NOT met")}.");
        return sb.ToString();
    }

    // The text up to the end of the paragraph in which it reaches `chars` characters.
    private static string AtLeast(string text, int chars)
    {
        if (text.Length <= chars) return text;
        var cut = text.IndexOf('\n', chars);
        return cut < 0 ? text : text[..cut];
    }

    private sealed record DraftBenchRow(string Name, int Chars, double P50Ms, double P95Ms, double ReadP50Ms, double DirectReadP50Ms, int Keys);

    // Passes the look-up through and keeps what was asked, to replay the same read directly.
    private sealed class RecordingKnownEntities(IKnownEntities inner) : IKnownEntities
    {
        public List<string> Keys { get; private set; } = [];

        public List<string> Ids { get; private set; } = [];

        public Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> ids, CancellationToken ct = default)
        {
            Keys = keys.Distinct(StringComparer.Ordinal).ToList();
            Ids = ids.Distinct(StringComparer.Ordinal).ToList();
            return inner.FindAsync(keys, ids, ct);
        }
    }
}
