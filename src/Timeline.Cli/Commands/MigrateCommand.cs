using System.CommandLine;
using Timeline.Core.Schema;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline migrate</c>: applies the schema migrations the server has not recorded yet.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply the schema (constraints and indexes) to Neo4j and build what an older graph lacks " +
            "(the name-suffix index of search), with progress; safe to repeat, and a run cut short goes on where it stopped.");
        command.SetAction((_, ct) => CliContext.RunAsync(async client =>
        {
            var applied = await new SchemaMigrator(client, CliContext.Ontology).MigrateAsync(ct, MigrationConsoleProgress.Instance);
            Console.WriteLine(applied.Count == 0
                ? "Schema is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        }));
        return command;
    }
}
