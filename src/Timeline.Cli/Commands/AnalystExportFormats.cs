using System.CommandLine;
using Timeline.Core.Export;
using Timeline.Primitives;
using Timeline.Neo4j;

namespace Timeline.Cli.Commands;

/// <summary>The analysts' formats of <c>timeline export</c>: <c>graphml</c> (an entity's neighbourhood with
/// <c>--entity</c>/<c>--depth</c>, else the whole graph), <c>csv</c> (<c>--rows timeline</c> with
/// <c>--involving/--from/--to/--types</c>, or <c>--rows statements</c> with <c>--speaker/--about/--from/--to</c>) and
/// <c>timelinejs</c> (the timeline arguments, <c>--title</c>). Each is one Cypher read.</summary>
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

    /// <summary>The export text, or null after reporting a mistake on standard error.</summary>
    public static async Task<string?> ExportAsync(ParseResult parse, Neo4jClient client, string format, CancellationToken ct)
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
                    return GraphMlWriter.Write(snapshot);
                case "csv" when parse.GetValue(Rows) == "statements":
                    var statements = await new TimelineExportReader(client).StatementsAsync(
                        new StatementExportFilter(parse.GetValue(Speaker), parse.GetValue(About), Date(parse, From), Date(parse, To)), ct);
                    return CsvTimelineWriter.WriteStatements(statements);
                case "csv":
                    return CsvTimelineWriter.WriteTimeline(await new TimelineExportReader(client).TimelineAsync(Filter(parse), ct));
                default:
                    return TimelineJsWriter.Write(await new TimelineExportReader(client).TimelineAsync(Filter(parse), ct), parse.GetValue(Title));
            }
        }
        catch (Exception e) when (e is ExportNotFoundException or FormatException or ArgumentOutOfRangeException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return null;
        }
    }

    private static TimelineExportFilter Filter(ParseResult parse) => new(
        parse.GetValue(Involving) ?? [], Date(parse, From), Date(parse, To), parse.GetValue(Types) is { Length: > 0 } types ? types : null);

    private static PartialDate? Date(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { Length: > 0 } text
            ? PartialDate.TryParse(text, out var date, out var error) ? date : throw new FormatException($"{option.Name} '{text}' is not a date: {error}.")
            : null;
}
