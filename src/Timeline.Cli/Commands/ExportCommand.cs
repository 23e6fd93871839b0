using System.CommandLine;
using Timeline.Export;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline export --format cypher|json [--source id] [--output file]</c>: the whole graph, or what one
/// source contributed, in a deterministic order (two exports of the same graph are identical). The analysts' formats
/// graphml|csv|timelinejs and their options are in <see cref="AnalystExportFormats"/>. The export is read first, then
/// written as it goes to standard output or the file (a mistake leaves no file behind).</summary>
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
            var chosen = parse.GetValue(format)!;
            Func<Stream, Task>? write;
            if (AnalystExportFormats.Formats.Contains(chosen))
            {
                write = await AnalystExportFormats.ReadAsync(parse, client, chosen, ct);
            }
            else
            {
                var sourceId = parse.GetValue(source);
                var snapshot = await new GraphExporter(client).ExportAsync(sourceId, ct);
                write = chosen == "cypher"
                    ? stream => TextExport.WriteAsync(stream, writer => CypherScriptWriter.WriteAsync(writer, snapshot, CypherScriptWriter.Header(sourceId), ct))
                    : stream => JsonGraphWriter.WriteAsync(stream, snapshot, ct);
            }
            if (write is null)
                return 1;
            await using var target = parse.GetValue(output) is { } path ? File.Create(path) : Console.OpenStandardOutput();
            await write(target);
            return 0;
        }));
        return command;
    }
}
