using System.CommandLine;
using Timeline.Core.Audit;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline retract-source ID --reason R</c>, <c>timeline reinstate-source ID --reason R</c> and
/// <c>timeline history ID</c>: the same curation service as the GraphQL mutations (one transaction, recorded with the actor
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

    private static Command SourceCommand(string name, string description,
        Func<SourceCuration, string, string, string, CancellationToken, Task<CurationResult>> run)
    {
        var id = new Argument<string>("id") { Description = "The source's id." };
        var reason = new Option<string>("--reason") { Description = "Why, for the record.", Required = true };
        var command = new Command(name, description) { id, reason };
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            var audit = new IngestAuditLog(client);
            var curation = new SourceCuration(client, new IngestionService(client, CliContext.Ontology, IngestLimits.Default), audit);
            var result = await run(curation, parse.GetValue(id)!, parse.GetValue(reason)!, "cli:" + Environment.UserName, ct);
            if (audit.PendingCount > 0) await audit.FlushAsync(ct);
            if (!result.Ok)
            {
                await Console.Error.WriteLineAsync($"{name}: refused, nothing written:");
                foreach (var error in result.Errors) await Console.Error.WriteLineAsync($"  {error.Path}: {error.Message}");
                return 1;
            }
            Console.WriteLine(result.ChangeId is null
                ? $"{name}: nothing to do ({parse.GetValue(id)} is already in that state)."
                : $"{name}: ok, {result.Affected} fact(s) touched, change {result.ChangeId}.");
            return 0;
        }));
        return command;
    }
}
