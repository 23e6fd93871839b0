using System.CommandLine;
using Timeline.Core.Audit;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Schema;
using Timeline.Drafting;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline ingest &lt;file|folder&gt;</c>: validates and loads ingest documents, one transaction each; a draft
/// written by <c>timeline draft</c> (<c>{"document", "notes"}</c>) is accepted as it is and its document loaded.
/// A folder is loaded file by file (<c>*.json</c>, in name order) with progress; any rejected document makes the
/// exit code 1 and its errors are listed with their JSON paths. With <c>--bulk</c>, many documents go in each transaction
/// (<see cref="BulkIngestRun"/>): the same graph, answers and audit records, fewer commits.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An ingest document (.json) or a folder of them." };
        var bulk = new Option<bool>("--bulk")
        {
            Description = "Write many documents per transaction (a batch lands whole or not at all; a rejected document is " +
                          "reported and the rest of its batch written without it). The same graph as loading one by one.",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "--bulk: documents per transaction.", DefaultValueFactory = _ => BulkIngestion.DefaultBatchSize,
        };
        var command = new Command("ingest", "Validate and load ingest documents into Neo4j.") { path, bulk, batchSize };
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            if (parse.GetValue(batchSize) < 1)
            {
                await Console.Error.WriteLineAsync($"error: --batch-size must be at least 1 (was {parse.GetValue(batchSize)}).");
                return 1;
            }
            var files = ResolveFiles(parse.GetValue(path)!);
            if (files.Count == 0)
            {
                await Console.Error.WriteLineAsync($"error: no .json documents found at '{parse.GetValue(path)}'.");
                return 1;
            }
            await new SchemaMigrator(client, CliContext.Ontology).MigrateAsync(ct, MigrationConsoleProgress.Instance);
            var audit = new IngestAuditLog(client);
            var actor = "cli:" + Environment.UserName;
            if (parse.GetValue(bulk))
                return await BulkIngestRun.RunAsync(client, audit, actor, files, parse.GetValue(batchSize), ct);
            var ingestion = new AuditedIngestion(new IngestionService(client, CliContext.Ontology, IngestLimits.Default), audit);
            long created = 0, updated = 0;
            var rejected = 0;
            for (var i = 0; i < files.Count; i++)
            {
                var prefix = files.Count > 1 ? $"[{i + 1}/{files.Count}] " : "";
                var file = await ReadAsync(files[i], ct);
                var result = await ingestion.IngestAsync(file.Document, actor, ct);
                if (result.Ok)
                {
                    created += result.Created;
                    updated += result.Updated;
                    Console.WriteLine($"{prefix}{files[i]}: ok, source {result.SourceId}, {result.Created} created, {result.Updated} updated{file.Kind}");
                    continue;
                }
                rejected++;
                await ReportRejectedAsync(prefix, files[i], file, result);
            }
            return await FinishAsync(audit, files.Count, created, updated, rejected, ct);
        }));
        return command;
    }

    /// <summary>A file as it is ingested: a file written by `timeline draft` is ingested as it is — its document, not its notes.</summary>
    internal sealed record IngestFile(byte[] Document, bool Draft, int Notes)
    {
        public string Kind => Draft ? $" (a draft: its document; its {Notes} note(s) are not stored)" : "";

        public string PathOf(string errorPath) => Draft ? DraftEnvelope.PathInEnvelope(errorPath) : errorPath;
    }

    internal static async Task<IngestFile> ReadAsync(string file, CancellationToken ct) => Unwrapped(await File.ReadAllBytesAsync(file, ct));

    /// <summary>The same, read synchronously (a bulk load reads its files lazily, as its batches take them).</summary>
    internal static IngestFile Read(string file) => Unwrapped(File.ReadAllBytes(file));

    private static IngestFile Unwrapped(byte[] bytes) =>
        DraftEnvelope.TryUnwrap(bytes, out var document, out var notes) ? new IngestFile(document, true, notes) : new IngestFile(bytes, false, 0);

    /// <summary>A rejected document on standard error: its file, then every error with its JSON path in the file.</summary>
    internal static async Task ReportRejectedAsync(string prefix, string name, IngestFile file, IngestResult result)
    {
        await Console.Error.WriteLineAsync($"{prefix}{name}: rejected, nothing written ({result.Errors.Count} error(s)){file.Kind}:");
        foreach (var error in result.Errors)
            await Console.Error.WriteLineAsync($"  {file.PathOf(error.Path)}: {error.Message}");
    }

    /// <summary>The summary line, the audit records kept during an outage written, and the exit code.</summary>
    internal static async Task<int> FinishAsync(IngestAuditLog audit, int total, long created, long updated, int rejected, CancellationToken ct)
    {
        Console.WriteLine($"Done: {total - rejected} of {total} document(s) loaded, {created} created, {updated} updated, {rejected} rejected.");
        if (audit.PendingCount > 0)
            await audit.FlushAsync(ct);
        if (audit.PendingCount > 0)
            await Console.Error.WriteLineAsync($"warning: {audit.PendingCount} audit record(s) could not be written to Neo4j.");
        return rejected == 0 ? 0 : 1;
    }

    private static List<string> ResolveFiles(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new IOException($"'{path}' is neither a file nor a folder.");
        return Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }
}
