using System.CommandLine;
using Timeline.Core.Export;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline export --format cypher|json [--source id] [--output file]</c>: the whole graph, or what one
/// source contributed, in a deterministic order (two exports of the same graph are identical). The analysts' formats
/// graphml|csv|timelinejs and their options are in <see cref="AnalystExportFormats"/>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "cypher (a MERGE script), json, graphml, csv or timelinejs.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(["cypher", "json", .. AnalystExportFormats.Formats]);
        var source = new Option<string?>("--source") { Description = "Export only what this source id contributed." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export the graph as a Cypher script, JSON, GraphML, CSV or TimelineJS.") { format, source, output };
        AnalystExportFormats.AddOptions(command);
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            if (AnalystExportFormats.Formats.Contains(parse.GetValue(format)))
            {
                if (await AnalystExportFormats.ExportAsync(parse, client, parse.GetValue(format)!, ct) is not { } exported) return 1;
                if (parse.GetValue(output) is { } path) await File.WriteAllTextAsync(path, exported, ct);
                else await Console.Out.WriteAsync(exported);
                return 0;
            }
            var sourceId = parse.GetValue(source);
            var snapshot = await new GraphExporter(client).ExportAsync(sourceId, ct);
            var text = parse.GetValue(format) == "cypher"
                ? CypherScriptWriter.Write(snapshot, CypherScriptWriter.Header(sourceId))
                : JsonGraphWriter.Write(snapshot);
            if (parse.GetValue(output) is { } file) await File.WriteAllTextAsync(file, text, ct);
            else await Console.Out.WriteAsync(text);
            return 0;
        }));
        return command;
    }
}
