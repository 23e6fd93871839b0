using System.Text;
using Microsoft.Extensions.Primitives;
using Timeline.Api.Execution;
using Timeline.Api.Security;
using Timeline.Core.Export;
using Timeline.Primitives;
using Timeline.Neo4j;

namespace Timeline.Api.Exports;

/// <summary>Downloads for analysts' tools, each answered by one Cypher read:
/// <list type="bullet">
/// <item><c>GET /export/graphml?entity=ID&amp;depth=1..3</c> — an entity's neighbourhood as GraphML (Gephi, yEd); without
/// <c>entity</c>, the whole graph.</item>
/// <item><c>GET /export/timeline.csv?involving=ID&amp;involving=ID&amp;from=&amp;to=&amp;types=</c> — the timeline as CSV.</item>
/// <item><c>GET /export/statements.csv?speaker=ID&amp;about=ID&amp;from=&amp;to=</c> — statements as CSV.</item>
/// <item><c>GET /export/timelinejs?…timeline arguments…</c> — the timeline in Knight Lab's TimelineJS JSON format.</item>
/// </list>
/// Lists may be repeated parameters or comma-separated. Errors answer 400 (bad argument), 404 (unknown id) or 503
/// (Neo4j unreachable) with a body in the GraphQL error shape: <c>{ "errors": [ { message, extensions: { code } } ] }</c>.</summary>
public static class ExportEndpoints
{
    /// <summary>GraphML's registered media type.</summary>
    public const string GraphMlMediaType = "application/graphml+xml";

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
            if (depthText is not null) throw new ExportArgumentException("'depth' needs an 'entity'.");
            return File(GraphMlWriter.Write(await exporter.WholeGraphAsync(ct)), GraphMlMediaType, "timeline.graphml");
        }
        var depth = 1;
        if (depthText is not null && (!int.TryParse(depthText, out depth) || depth < 1 || depth > GraphMlExporter.MaxDepth))
            throw new ExportArgumentException($"'depth' must be an integer from 1 to {GraphMlExporter.MaxDepth}.");
        var snapshot = await exporter.NeighbourhoodAsync(entity, depth, ct);
        return File(GraphMlWriter.Write(snapshot), GraphMlMediaType, FileName(entity, "graphml"));
    });

    private static Task<IResult> TimelineCsvAsync(HttpRequest request, Neo4jClient client, CancellationToken ct) => Answer(async () =>
    {
        var rows = await new TimelineExportReader(client).TimelineAsync(TimelineFilter(request), ct);
        return File(CsvTimelineWriter.WriteTimeline(rows), "text/csv; header=present", "timeline.csv");
    });

    private static Task<IResult> StatementsCsvAsync(HttpRequest request, Neo4jClient client, CancellationToken ct) => Answer(async () =>
    {
        var filter = new StatementExportFilter(Single(request, "speaker"), Single(request, "about"), Date(request, "from"), Date(request, "to"));
        var rows = await new TimelineExportReader(client).StatementsAsync(filter, ct);
        return File(CsvTimelineWriter.WriteStatements(rows), "text/csv; header=present", "statements.csv");
    });

    private static Task<IResult> TimelineJsAsync(HttpRequest request, Neo4jClient client, CancellationToken ct) => Answer(async () =>
    {
        var filter = TimelineFilter(request);
        var rows = await new TimelineExportReader(client).TimelineAsync(filter, ct);
        return File(TimelineJsWriter.Write(rows, Single(request, "title")), "application/json", "timeline.json");
    });

    private static TimelineExportFilter TimelineFilter(HttpRequest request) =>
        new(List(request, "involving"), Date(request, "from"), Date(request, "to"), List(request, "types") is { Count: > 0 } types ? types : null);

    private static async Task<IResult> Answer(Func<Task<IResult>> export)
    {
        try
        {
            return await export();
        }
        catch (ExportArgumentException e)
        {
            return Error(StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, e.Message);
        }
        catch (ExportNotFoundException e)
        {
            return Error(StatusCodes.Status404NotFound, ErrorCodes.NotFound, e.Message);
        }
        catch (Neo4jUnavailableException)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, ErrorCodes.Neo4jUnavailable, "The graph database is unavailable; try again later.");
        }
    }

    private static IResult File(string text, string mediaType, string fileName) =>
        Results.File(Encoding.UTF8.GetBytes(text), mediaType + "; charset=utf-8", fileName);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);

    private static string FileName(string id, string extension) =>
        new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()) + "." + extension;

    private static string? Single(HttpRequest request, string name)
    {
        var values = request.Query[name];
        if (values.Count > 1) throw new ExportArgumentException($"'{name}' may be given once.");
        return StringValues.IsNullOrEmpty(values) || string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();
    }

    private static List<string> List(HttpRequest request, string name) => request.Query[name]
        .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToList();

    private static PartialDate? Date(HttpRequest request, string name)
    {
        var text = Single(request, name);
        if (text is null) return null;
        return PartialDate.TryParse(text, out var date, out var error)
            ? date
            : throw new ExportArgumentException($"'{name}' is not a date ({error}).");
    }

    private sealed class ExportArgumentException(string message) : Exception(message);
}
