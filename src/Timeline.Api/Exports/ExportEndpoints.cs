using Microsoft.Extensions.Primitives;
using Timeline.Api.Execution;
using Timeline.Api.Security;
using Timeline.Core.Ontology;
using Timeline.Export;
using Timeline.Neo4j;
using Timeline.Query.Expressions;
using Timeline.Query.Questions;

namespace Timeline.Api.Exports;

/// <summary>Downloads for analysts' tools, each answered by one Cypher read:
/// <list type="bullet">
/// <item><c>GET /export/graphml?entity=ID&amp;depth=1..3</c> — an entity's neighbourhood as GraphML (Gephi, yEd); without
/// <c>entity</c>, the whole graph.</item>
/// <item><c>GET /export/timeline.csv?involving=ID&amp;involving=ID&amp;from=&amp;to=&amp;types=</c> — the timeline as CSV.</item>
/// <item><c>GET /export/statements.csv?speaker=ID&amp;about=ID&amp;from=&amp;to=</c> — statements as CSV.</item>
/// <item><c>GET /export/timelinejs?…timeline arguments…</c> — the timeline in Knight Lab's TimelineJS JSON format.</item>
/// </list>
/// Lists may be repeated parameters or comma-separated. The timeline and statement rows are the GraphQL fields' own
/// questions (<see cref="TimelineQuestion"/>, <see cref="StatementsQuestion"/>), the whole answer instead of a page. Each
/// export is read first, then streamed. Errors answer 400 (bad argument), 404 (unknown id) or 503 (Neo4j unreachable) with
/// a body in the GraphQL error shape: <c>{ "errors": [ { message, extensions: { code } } ] }</c>.</summary>
public static class ExportEndpoints
{
    /// <summary>GraphML's registered media type.</summary>
    public const string GraphMlMediaType = "application/graphml+xml";

    private const string CsvMediaType = "text/csv; header=present";

    /// <summary>Maps the export endpoints under <c>/export</c>: graph data, so only for a caller with a role (reader).</summary>
    public static WebApplication MapTimelineExports(this WebApplication app)
    {
        var group = app.MapGroup("/export").RequireAuthorization(AccessPolicies.Reader);
        group.MapGet("/graphml", GraphMlAsync);
        group.MapGet("/timeline.csv", TimelineCsvAsync);
        group.MapGet("/statements.csv", StatementsCsvAsync);
        group.MapGet("/timelinejs", TimelineJsAsync);
        return app;
    }

    private static Task<IResult> GraphMlAsync(HttpRequest request, Neo4jClient client, CancellationToken ct) => Answer(async () =>
    {
        var entity = Single(request, "entity");
        var depthText = Single(request, "depth");
        var exporter = new GraphMlExporter(client);
        if (entity is null)
        {
            if (depthText is not null) throw new QuestionArgumentException("'depth' needs an 'entity'.");
            var graph = await exporter.WholeGraphAsync(ct);
            return Stream(stream => GraphMlWriter.WriteAsync(stream, graph, ct), GraphMlMediaType, "timeline.graphml");
        }
        var depth = 1;
        if (depthText is not null && !int.TryParse(depthText, out depth))
            throw new QuestionArgumentException(GraphMlExporter.DepthMessage);
        var snapshot = await exporter.NeighbourhoodAsync(entity, depth, ct);
        return Stream(stream => GraphMlWriter.WriteAsync(stream, snapshot, ct), GraphMlMediaType, FileName(entity, "graphml"));
    });

    private static Task<IResult> TimelineCsvAsync(HttpRequest request, Neo4jClient client, OntologyModel ontology, CancellationToken ct) => Answer(async () =>
    {
        var rows = await new TimelineExportReader(client).TimelineAsync(Timeline(request, ontology), ct);
        return Stream(stream => TextExport.WriteAsync(stream, writer => CsvTimelineWriter.WriteTimelineAsync(writer, rows, ct)), CsvMediaType, "timeline.csv");
    });

    private static Task<IResult> StatementsCsvAsync(HttpRequest request, Neo4jClient client, CancellationToken ct) => Answer(async () =>
    {
        var arguments = new StatementsArguments(Single(request, "speaker"), Single(request, "about"), Window(request));
        var rows = await new TimelineExportReader(client).StatementsAsync(arguments, ct);
        return Stream(stream => TextExport.WriteAsync(stream, writer => CsvTimelineWriter.WriteStatementsAsync(writer, rows, ct)), CsvMediaType, "statements.csv");
    });

    private static Task<IResult> TimelineJsAsync(HttpRequest request, Neo4jClient client, OntologyModel ontology, CancellationToken ct) => Answer(async () =>
    {
        var arguments = Timeline(request, ontology);
        var title = Single(request, "title");
        var rows = await new TimelineExportReader(client).TimelineAsync(arguments, ct);
        return Stream(stream => TimelineJsWriter.WriteAsync(stream, rows, title, ct), "application/json", "timeline.json");
    });

    private static TimelineArguments Timeline(HttpRequest request, OntologyModel ontology) => new(
        List(request, "involving"),
        Window(request),
        new OntologyArguments(ontology).EventTypes(List(request, "types") is { Count: > 0 } types ? types : null, allowStatement: true));

    private static DateWindow Window(HttpRequest request) => DateWindow.Parse(Single(request, "from"), Single(request, "to"));

    /// <summary>Reads first (an argument error is 400, an unknown id 404, Neo4j down 503), then answers with the export
    /// written to the response as it goes.</summary>
    private static async Task<IResult> Answer(Func<Task<IResult>> export)
    {
        try
        {
            return await export();
        }
        catch (QuestionArgumentException e)
        {
            return Error(StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, e.Message);
        }
        catch (NodeNotFoundException e)
        {
            return Error(StatusCodes.Status404NotFound, ErrorCodes.NotFound, e.Message);
        }
        catch (Neo4jUnavailableException)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, ErrorCodes.Neo4jUnavailable, "The graph database is unavailable; try again later.");
        }
    }

    private static IResult Stream(Func<Stream, Task> write, string mediaType, string fileName) =>
        Results.Stream(write, mediaType + "; charset=utf-8", fileName);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);

    private static string FileName(string id, string extension) =>
        new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()) + "." + extension;

    private static string? Single(HttpRequest request, string name)
    {
        var values = request.Query[name];
        if (values.Count > 1) throw new QuestionArgumentException($"'{name}' may be given once.");
        return StringValues.IsNullOrEmpty(values) || string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();
    }

    private static List<string> List(HttpRequest request, string name) => request.Query[name]
        .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToList();

}
