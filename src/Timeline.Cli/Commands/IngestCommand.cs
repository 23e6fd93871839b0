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
/// exit code 1 and its errors are listed with their JSON paths.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An ingest document (.json) or a folder of them." };
        var command = new Command("ingest", "Validate and load ingest documents into Neo4j.") { path };
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            var files = ResolveFiles(parse.GetValue(path)!);
            if (files.Count == 0)
            {
                await Console.Error.WriteLineAsync($"error: no .json documents found at '{parse.GetValue(path)}'.");
                return 1;
            }
            await new SchemaMigrator(client, CliContext.Ontology).MigrateAsync(ct, MigrationConsoleProgress.Instance);
            var audit = new IngestAuditLog(client);
            var ingestion = new AuditedIngestion(new IngestionService(client, CliContext.Ontology, IngestLimits.Default), audit);
            var actor = "cli:" + Environment.UserName;
            int created = 0, updated = 0, rejected = 0;
            for (var i = 0; i < files.Count; i++)
            {
                var prefix = files.Count > 1 ? $"[{i + 1}/{files.Count}] " : "";
                var bytes = await File.ReadAllBytesAsync(files[i], ct);
                // A file written by `timeline draft` is ingested as it is: its document, not its notes.
                var draft = DraftEnvelope.TryUnwrap(bytes, out var document, out var notes);
                var result = await ingestion.IngestAsync(draft ? document : bytes, actor, ct);
                var kind = draft ? $" (a draft: its document; its {notes} note(s) are not stored)" : "";
                if (result.Ok)
                {
                    created += result.Created;
                    updated += result.Updated;
                    Console.WriteLine($"{prefix}{files[i]}: ok, source {result.SourceId}, {result.Created} created, {result.Updated} updated{kind}");
                    continue;
                }
                rejected++;
                await Console.Error.WriteLineAsync($"{prefix}{files[i]}: rejected, nothing written ({result.Errors.Count} error(s)){kind}:");
                foreach (var error in result.Errors)
                    await Console.Error.WriteLineAsync($"  {(draft ? DraftEnvelope.PathInEnvelope(error.Path) : error.Path)}: {error.Message}");
            }
            Console.WriteLine($"Done: {files.Count - rejected} of {files.Count} document(s) loaded, {created} created, {updated} updated, {rejected} rejected.");
            if (audit.PendingCount > 0)
                await audit.FlushAsync(ct);
            if (audit.PendingCount > 0)
                await Console.Error.WriteLineAsync($"warning: {audit.PendingCount} audit record(s) could not be written to Neo4j.");
            return rejected == 0 ? 0 : 1;
        }));
        return command;
    }

    private static List<string> ResolveFiles(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new IOException($"'{path}' is neither a file nor a folder.");
        return Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }
}
