using System.CommandLine;
using Timeline.Core.Backup;
using Timeline.Core.Ingest;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline backup DIR [--allow-incomplete]</c> and <c>timeline restore DIR</c>: the graph written as the documents
/// it was made from plus the change log, and rebuilt from them on an empty server (of any supported Neo4j version).</summary>
internal static class BackupCommands
{
    public static Command Backup()
    {
        var directory = new Argument<string>("dir") { Description = "A new (or empty) directory to write the backup into." };
        var allowIncomplete = new Option<bool>("--allow-incomplete")
        {
            Description = "Leave out sources ingested before documents were kept (named in the manifest) instead of refusing.",
        };
        var command = new Command("backup", "Write the graph as its sources' ingest documents (in replay order) and the change log.") { directory, allowIncomplete };
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            var dir = parse.GetValue(directory)!;
            try
            {
                var manifest = await new GraphBackup(client).WriteAsync(dir, parse.GetValue(allowIncomplete), ct);
                Console.WriteLine($"backup: {manifest.Plan.Count(s => s.Action == ReplayStep.Ingest)} document(s), " +
                    $"{manifest.Plan.Count(s => s.Action == ReplayStep.Retract)} retraction(s), {manifest.ChangeCount} change record(s) written to {dir}.");
                foreach (var left in manifest.Incomplete)
                    await Console.Error.WriteLineAsync($"warning: left out {left.SourceId}: {left.Reason}.");
                return 0;
            }
            catch (BackupException e)
            {
                return await RefusedAsync("backup", e);
            }
        }));
        return command;
    }

    public static Command Restore()
    {
        var directory = new Argument<string>("dir") { Description = "A directory written by timeline backup." };
        var command = new Command("restore", "Rebuild a backed-up graph on an empty server (schema, documents in order, retractions, change log).") { directory };
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            try
            {
                var backup = await BackupDirectory.ReadAsync(parse.GetValue(directory)!, ct);
                var result = await new GraphRestore(client, CliContext.Ontology, IngestLimits.Default).RestoreAsync(backup, new ConsoleProgress(), ct);
                Console.WriteLine($"restore: {result.Documents} document(s) ingested, {result.Curations} curation(s) replayed, {result.Changes} change record(s) restored.");
                foreach (var left in result.Omitted)
                    await Console.Error.WriteLineAsync($"warning: the backup left out {left.SourceId} ({left.Reason}); the restored graph lacks it.");
                return 0;
            }
            catch (BackupException e)
            {
                return await RefusedAsync("restore", e);
            }
        }));
        return command;
    }

    private static async Task<int> RefusedAsync(string name, BackupException e)
    {
        await Console.Error.WriteLineAsync($"{name}: {e.Message}");
        foreach (var source in e.Incomplete) await Console.Error.WriteLineAsync($"  {source.SourceId}: {source.Reason}");
        return 1;
    }

    // Printed as each step lands (IProgress<T>'s own Progress class would post them out of order).
    private sealed class ConsoleProgress : IProgress<RestoreProgress>
    {
        public void Report(RestoreProgress value)
        {
            var eta = value.Remaining is { } left ? $", ETA {left:hh\\:mm\\:ss}" : "";
            Console.WriteLine($"  {value.Done}/{value.Total}  {value.Step.Action} {value.Step.SourceId ?? value.Step.Target}  ({value.PerSecond:0.0} steps/s{eta})");
        }
    }
}
