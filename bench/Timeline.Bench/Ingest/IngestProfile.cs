using System.Diagnostics;
using System.Text;
using Timeline.Bench.Corpus;
using Timeline.Bench.Infrastructure;
using Timeline.Bench.Reporting;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Bench.Ingest;

/// <summary>Profiling aid (<c>--profile-ingest</c>): where a bulk batch's server time goes. Loads the corpus but its last
/// documents (kept between runs when the graph already holds exactly them), records the statements a bulk batch of the
/// last <c>batch</c> documents sends (its commit refused: rolled back), then runs them again one statement per request
/// in one transaction, timing each, and rolls back; likewise the large-batch writer's statements for the same documents.
/// The graph is left as it was, so runs can be repeated. Times include one HTTP round trip per statement (~1 ms).</summary>
internal static class IngestProfile
{
    private sealed class Stop() : Exception("profile: the batch's statements are recorded");

    public static async Task RunAsync(BenchDatabase db, RequestTimingHandler timing, ulong seed, int documents, int batch, int passes, string file, Action<string> log)
    {
        var client = db.Client;
        var corpus = new CorpusGenerator(seed, documents, OntologyModel.Default).Generate().ToList();
        var loaded = corpus.Count - batch;
        var service = new IngestionService(client, OntologyModel.Default, IngestLimits.Default);
        var bulk = new BulkIngestion(client, service, audit: null);
        var sources = (await client.RunAsync($"MATCH (s:{GraphLabels.Source}) RETURN count(s) AS c")).Records[0].Get<long>("c");
        if (sources != loaded)
        {
            log($"profile: loading {loaded:N0} documents (the graph holds {sources:N0} sources)");
            await db.ResetAsync();
            await new CorpusLoader(bulk, log).LoadAsync(corpus.Take(loaded).ToList(), corpus.Count);
        }
        var sample = corpus.Skip(loaded).Take(batch).ToList();

        // The bulk batch's statements, recorded as it sends them; its commit is refused, so nothing of it is written.
        var recorded = new List<Statement>();
        void Record(IReadOnlyList<Statement> statements) => recorded.AddRange(statements);
        client.RequestSending += Record;
        timing.BeforeSending = request =>
        {
            if (request.RequestUri?.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal) == true)
                throw new Stop();
        };
        try
        {
            await foreach (var _ in bulk.IngestAsync([.. sample.Select(d => new BulkDocument(d.Source.Id, DocumentJson.Write(d)))],
                IngestionService.UnnamedActor, batch))
            {
            }
            throw new InvalidOperationException("profile: the batch committed");
        }
        catch (Stop)
        {
        }
        finally
        {
            client.RequestSending -= Record;
            timing.BeforeSending = null;
        }
        var large = LargeBatchWriter.Build(sample, sample.Select(DocumentJson.Write).ToList());

        var report = new StringBuilder();
        report.AppendLine($"# Ingest profile: {batch} documents into a graph of {loaded:N0} ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {GitCommit.Describe()})");
        foreach (var (name, statements) in new[] { ("bulk (BulkIngestion)", (IReadOnlyList<Statement>)recorded), ("large-batch writer", large) })
        {
            var times = new Dictionary<string, (int Count, long Rows, double Ms)>(StringComparer.Ordinal);
            var totals = new List<double>();
            for (var pass = 0; pass < passes; pass++)
            {
                var total = 0.0;
                await using (var tx = await client.BeginTransactionAsync())
                {
                    foreach (var statement in statements)
                    {
                        var watch = Stopwatch.StartNew();
                        await tx.RunAsync(statement);
                        var ms = watch.Elapsed.TotalMilliseconds;
                        total += ms;
                        if (pass != passes - 1) continue; // the last pass is reported (the earlier ones warm the plans up)
                        var key = Kind(statement.Text);
                        var (count, rows, sum) = times.GetValueOrDefault(key);
                        times[key] = (count + 1, rows + Rows(statement), sum + ms);
                    }
                    await tx.RollbackAsync();
                }
                totals.Add(total);
            }
            report.AppendLine();
            report.AppendLine($"## {name}: {statements.Count} statements, {totals[^1] / batch:F1} ms/doc (passes: {string.Join(", ", totals.Select(t => $"{t / batch:F1}"))} ms/doc)");
            report.AppendLine();
            report.AppendLine("| statement | count | rows | ms total | ms/doc | share |");
            report.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (key, (count, rows, ms)) in times.OrderByDescending(kv => kv.Value.Ms))
                report.AppendLine($"| `{key}` | {count} | {rows} | {ms:F0} | {ms / batch:F2} | {ms / totals[^1]:P0} |");
        }
        // The commit's share: the large-batch writer's statements again, each its own autocommit request (this writes the
        // sample into the graph: the next run loads the corpus again).
        {
            var times = new Dictionary<string, (int Count, long Rows, double Ms)>(StringComparer.Ordinal);
            var total = 0.0;
            foreach (var statement in large)
            {
                var watch = Stopwatch.StartNew();
                await client.RunAsync(statement);
                var ms = watch.Elapsed.TotalMilliseconds;
                total += ms;
                var key = Kind(statement.Text);
                var (count, rows, sum) = times.GetValueOrDefault(key);
                times[key] = (count + 1, rows + Rows(statement), sum + ms);
            }
            report.AppendLine();
            report.AppendLine($"## large-batch writer, each statement committed on its own: {total / batch:F1} ms/doc");
            report.AppendLine();
            report.AppendLine("| statement | count | rows | ms total | ms/doc | share |");
            report.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (key, (count, rows, ms)) in times.OrderByDescending(kv => kv.Value.Ms))
                report.AppendLine($"| `{key}` | {count} | {rows} | {ms:F0} | {ms / batch:F2} | {ms / total:P0} |");
        }
        await File.WriteAllTextAsync(file, report.ToString());
        log(report.ToString());
    }

    private static long Rows(Statement s) =>
        s.Parameters is { } p && (p.TryGetValue("rows", out var rows) || p.TryGetValue("ids", out rows)) && rows is System.Collections.ICollection c ? c.Count : 1;

    // A statement's kind: its first writing clause (else its first clause), shortened.
    private static string Kind(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var line = lines.FirstOrDefault(l => l.StartsWith("MERGE", StringComparison.Ordinal) || l.StartsWith("CREATE", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(l => !l.StartsWith("UNWIND", StringComparison.Ordinal)) ?? lines[0];
        if (text.Contains("ItemList", StringComparison.Ordinal))
            line = (text.Contains("'" + RelationLists.Name + "'", StringComparison.Ordinal) ? "relation lists: " : "item lists: ") + line;
        if (text.Contains("LockAndRead", StringComparison.Ordinal) || text.Contains("WriteLock", StringComparison.Ordinal)) line = "lock: " + line;
        return line.Length > 90 ? line[..90] : line;
    }
}
