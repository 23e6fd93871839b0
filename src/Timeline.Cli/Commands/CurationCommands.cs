using System.CommandLine;
using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline retract-source ID --reason R</c>, <c>timeline reinstate-source ID --reason R</c>,
/// <c>timeline merge --into X --from Y --reason R</c>, <c>timeline unmerge CHANGE --reason R</c> and <c>timeline history ID</c>: the same curation service as the GraphQL mutations (one transaction, recorded with the actor
/// <c>cli:&lt;user&gt;</c>, audited; repeating one changes nothing).</summary>
internal static class CurationCommands
{
    public static Command RetractSource() => SourceCommand("retract-source",
        "Retract a source: take its support from every fact (facts only it supports disappear); it stays as a tombstone.",
        (curation, id, reason, actor, ct) => curation.RetractSourceAsync(id, reason, actor, ct));

    public static Command ReinstateSource() => SourceCommand("reinstate-source",
        "Lift a source's retraction: its kept document is ingested again.",
        (curation, id, reason, actor, ct) => curation.ReinstateSourceAsync(id, reason, actor, ct));

    public static Command History()
    {
        var id = new Argument<string>("id") { Description = "A node's, source's or relation's id (TYPE:from->to, then |key)." };
        var first = new Option<int>("--first") { Description = "At most this many changes.", DefaultValueFactory = _ => ChangeHistory.MaxPageSize };
        var command = new Command("history", "Print every recorded change to a node, source or relation, oldest first.") { id, first };
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            var page = await new ChangeHistory(client).ReadAsync(parse.GetValue(id)!, Math.Clamp(parse.GetValue(first), 0, ChangeHistory.MaxPageSize), null, ct);
            foreach (var change in page.Changes)
                Console.WriteLine($"{change.At}  {change.Action,-10}  {change.Actor}  {change.SourceId}{(change.Reason is null ? "" : "  — " + change.Reason)}  ({change.Id})");
            Console.WriteLine(page.TotalCount == 0
                ? $"No recorded change touched '{parse.GetValue(id)}'."
                : $"{page.Changes.Count} of {page.TotalCount} change(s).");
            return 0;
        }));
        return command;
    }

    public static Command Merge()
    {
        var into = new Option<string>("--into") { Description = "The survivor's id.", Required = true };
        var from = new Option<string[]>("--from") { Description = "An id to merge into it (repeat for several).", Required = true, AllowMultipleArgumentsPerToken = true };
        var reason = new Option<string>("--reason") { Description = "Why, for the record.", Required = true };
        var command = new Command("merge", "Merge entities that are one into a survivor (their ids keep resolving to it); prints the change id unmerge takes.")
            { into, from, reason };
        command.SetAction((parse, ct) => CliContext.RunAsync(client => RunAsync(client, "merge", parse.GetValue(into)!, ct,
            (ingestion, audit) => new EntityMerge(client, ingestion, audit).MergeEntitiesAsync(parse.GetValue(into)!, parse.GetValue(from)!, parse.GetValue(reason)!, Actor, ct))));
        return command;
    }

    public static Command Unmerge()
    {
        var change = new Argument<string>("change-id") { Description = "The change id merge printed (history shows it too)." };
        var reason = new Option<string>("--reason") { Description = "Why, for the record.", Required = true };
        var command = new Command("unmerge", "Undo a merge: each merged entity comes back as it was.") { change, reason };
        command.SetAction((parse, ct) => CliContext.RunAsync(client => RunAsync(client, "unmerge", parse.GetValue(change)!, ct,
            (ingestion, audit) => new EntityMerge(client, ingestion, audit).UnmergeEntitiesAsync(parse.GetValue(change)!, parse.GetValue(reason)!, Actor, ct))));
        return command;
    }

    private static string Actor => "cli:" + Environment.UserName;

    private static Command SourceCommand(string name, string description,
        Func<SourceCuration, string, string, string, CancellationToken, Task<CurationResult>> run)
    {
        var id = new Argument<string>("id") { Description = "The source's id." };
        var reason = new Option<string>("--reason") { Description = "Why, for the record.", Required = true };
        var command = new Command(name, description) { id, reason };
        command.SetAction((parse, ct) => CliContext.RunAsync(client => RunAsync(client, name, parse.GetValue(id)!, ct,
            (ingestion, audit) => run(new SourceCuration(client, ingestion, audit), parse.GetValue(id)!, parse.GetValue(reason)!, Actor, ct))));
        return command;
    }

    // One curation through the service the mutations use, audited; its result printed (errors to stderr, exit code 1).
    private static async Task<int> RunAsync(Timeline.Neo4j.Neo4jClient client, string name, string subject, CancellationToken ct,
        Func<IngestionService, IngestAuditLog, Task<CurationResult>> run)
    {
        var audit = new IngestAuditLog(client);
        var result = await run(new IngestionService(client, CliContext.Ontology, IngestLimits.Default), audit);
        if (audit.PendingCount > 0) await audit.FlushAsync(ct);
        if (!result.Ok)
        {
            await Console.Error.WriteLineAsync($"{name}: refused, nothing written:");
            foreach (var error in result.Errors) await Console.Error.WriteLineAsync($"  {error.Path}: {error.Message}");
            return 1;
        }
        Console.WriteLine(result.ChangeId is null
            ? $"{name}: nothing to do ({subject} is already in that state)."
            : $"{name}: ok, {result.Affected} fact(s) touched, change {result.ChangeId}.");
        return 0;
    }
}
