using System.CommandLine;
using Timeline.Cli.Commands;

var root = new RootCommand("timeline — load news reporting into the Timeline knowledge graph and export it.")
{
    MigrateCommand.Create(),
    IngestCommand.Create(),
    CurationCommands.RetractSource(), CurationCommands.ReinstateSource(), CurationCommands.Merge(), CurationCommands.Unmerge(),
    CurationCommands.History(),
    ExportCommand.Create(),
    BackupCommands.Backup(), BackupCommands.Restore(),
    KeysCommand.Create(),
    DraftCommand.Create(), DraftScoreCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
