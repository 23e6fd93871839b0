using System.CommandLine;
using Timeline.Export;
using Timeline.Neo4j;
using Timeline.Query.Expressions;
using Timeline.Query.Questions;

namespace Timeline.Cli.Commands;

/// <summary>The analysts' formats of <c>timeline export</c>: <c>graphml</c> (an entity's neighbourhood with
/// <c>--entity</c>/<c>--depth</c>, else the whole graph), <c>csv</c> (<c>--rows timeline</c> with
/// <c>--involving/--from/--to/--types</c>, or <c>--rows statements</c> with <c>--speaker/--about/--from/--to</c>) and
/// <c>timelinejs</c> (the timeline arguments, <c>--title</c>). Each is one Cypher read; the timeline and statement rows are
/// the API's own <see cref="TimelineQuestion"/> and <see cref="StatementsQuestion"/>.</summary>
internal static class AnalystExportFormats
{
    public static readonly string[] Formats = ["graphml", "csv", "timelinejs"];

    private static readonly Option<string?> Entity = new("--entity") { Description = "graphml: export this entity's neighbourhood instead of the whole graph." };
    private static readonly Option<int> Depth = new("--depth") { Description = $"graphml: hops around --entity (1 to {GraphMlExporter.MaxDepth}).", DefaultValueFactory = _ => 1 };
    private static readonly Option<string> Rows = new("--rows") { Description = "csv: timeline (events and statements) or statements.", DefaultValueFactory = _ => "timeline" };
    private static readonly Option<string[]> Involving = new("--involving") { Description = "csv/timelinejs: only items involving all these entity ids.", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string?> From = new("--from") { Description = "csv/timelinejs: window start (a date such as 2026-01 or 2026-01-09)." };
    private static readonly Option<string?> To = new("--to") { Description = "csv/timelinejs: window end." };
    private static readonly Option<string[]> Types = new("--types") { Description = "csv/timelinejs: only these event types ('Statement' keeps statements).", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string?> Speaker = new("--speaker") { Description = "csv --rows statements: only statements by this entity id." };
    private static readonly Option<string?> About = new("--about") { Description = "csv --rows statements: only statements about this id." };
    private static readonly Option<string?> Title = new("--title") { Description = "timelinejs: the title slide's headline." };

    static AnalystExportFormats() => Rows.AcceptOnlyFromAmong("timeline", "statements");

    public static void AddOptions(Command command)
    {
        foreach (var option in new Option[] { Entity, Depth, Rows, Involving, From, To, Types, Speaker, About, Title })
            command.Options.Add(option);
    }

    /// <summary>Reads what the export holds and returns how to write it, or null after reporting a mistake on standard
    /// error (nothing is written then).</summary>
    public static async Task<Func<Stream, Task>?> ReadAsync(ParseResult parse, Neo4jClient client, string format, CancellationToken ct)
    {
        try
        {
            switch (format)
            {
                case "graphml":
                    var exporter = new GraphMlExporter(client);
                    var snapshot = parse.GetValue(Entity) is { Length: > 0 } entity
                        ? await exporter.NeighbourhoodAsync(entity, parse.GetValue(Depth), ct)
                        : await exporter.WholeGraphAsync(ct);
                    return stream => GraphMlWriter.WriteAsync(stream, snapshot, ct);
                case "csv" when parse.GetValue(Rows) == "statements":
                    var statements = await new TimelineExportReader(client).StatementsAsync(
                        new StatementsArguments(parse.GetValue(Speaker), parse.GetValue(About), Window(parse)), ct);
                    return stream => TextExport.WriteAsync(stream, writer => CsvTimelineWriter.WriteStatementsAsync(writer, statements, ct));
                case "csv":
                    var timeline = await new TimelineExportReader(client).TimelineAsync(Timeline(parse), ct);
                    return stream => TextExport.WriteAsync(stream, writer => CsvTimelineWriter.WriteTimelineAsync(writer, timeline, ct));
                default:
                    var slides = await new TimelineExportReader(client).TimelineAsync(Timeline(parse), ct);
                    return stream => TimelineJsWriter.WriteAsync(stream, slides, parse.GetValue(Title), ct);
            }
        }
        catch (Exception e) when (e is NodeNotFoundException or QuestionArgumentException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return null;
        }
    }

    private static TimelineArguments Timeline(ParseResult parse) => new(
        parse.GetValue(Involving) ?? [],
        Window(parse),
        new OntologyArguments(CliContext.Ontology).EventTypes(parse.GetValue(Types) is { Length: > 0 } types ? types : null, allowStatement: true));

    private static DateWindow Window(ParseResult parse) => DateWindow.Parse(parse.GetValue(From), parse.GetValue(To), From.Name, To.Name);
}
