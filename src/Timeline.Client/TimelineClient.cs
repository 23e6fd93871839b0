using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Client.Http;

namespace Timeline.Client;

/// <summary>A typed async client for the Timeline GraphQL API. Results are plain records; timelines and statements are
/// paged through automatically; every GraphQL error surfaces as a <see cref="TimelineApiException"/> carrying its
/// <c>extensions.code</c>. Thread-safe; dispose it to release its connections (unless an HttpClient was given).</summary>
public sealed class TimelineClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly GraphQLTransport _transport;

    /// <summary>A client for the default address (http://127.0.0.1:5080/graphql).</summary>
    public TimelineClient() : this(new TimelineClientOptions()) { }

    /// <summary>A client for <paramref name="endpoint"/>, e.g. <c>http://127.0.0.1:5080/graphql</c>.</summary>
    public TimelineClient(string endpoint, string? apiKey = null) : this(TimelineClientOptions.For(endpoint, apiKey)) { }

    /// <summary>A client with these options; <paramref name="http"/> (e.g. a test server's) is used instead of an own one.</summary>
    public TimelineClient(TimelineClientOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PageSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "PageSize must be at least 1.");
        Options = options;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _transport = new GraphQLTransport(_http, options);
    }

    /// <summary>The options in use.</summary>
    public TimelineClientOptions Options { get; }

    /// <summary>Entities whose name or alias matches <paramref name="text"/> (case and accents ignored), best first.</summary>
    /// <param name="text">What to look for.</param>
    /// <param name="kinds">Only these kinds (e.g. Person, Government; subkinds included).</param>
    /// <param name="first">At most this many.</param>
    /// <param name="ct">Cancels the request.</param>
    public async Task<SearchResult> SearchAsync(string text, IEnumerable<string>? kinds = null, int first = 10, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kindList = kinds?.ToList();
        var (data, browser) = await _transport.ExecuteWithBrowserCypherAsync(Queries.Search, new JsonObject
        {
            ["text"] = text,
            ["kinds"] = kindList is null ? null : Array(kindList),
            ["first"] = first,
        }, "search", ct).ConfigureAwait(false);
        return new SearchResult(text, kindList, first, data.Arr("search").Select(JsonReader.Summary).ToList()) { BrowserText = browser };
    }

    /// <summary>An entity with all its relations, the events it took part in and what it said.</summary>
    /// <exception cref="TimelineApiException">Code NOT_FOUND when no entity has that id.</exception>
    public async Task<EntityDetails> GetEntityAsync(string id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var data = await _transport.ExecuteAsync(Queries.Entity, new JsonObject { ["id"] = id }, ct).ConfigureAwait(false);
        if (data.Obj("entity") is not { } e)
            throw new TimelineApiException("NOT_FOUND", $"No entity with id '{id}'.");
        var relationsPage = e.Obj("relations")!.Value;
        var relations = relationsPage.Arr("edges").Select(edge => JsonReader.Relation(edge.Obj("node")!.Value)).ToList();
        var pageInfo = relationsPage.Obj("pageInfo")!.Value;
        while (pageInfo.Bool("hasNextPage"))
        {
            var more = await _transport.ExecuteAsync(Queries.Relations, new JsonObject { ["id"] = id, ["after"] = pageInfo.Str("endCursor") }, ct)
                .ConfigureAwait(false);
            var page = more.Obj("entity")!.Value.Obj("relations")!.Value;
            relations.AddRange(page.Arr("edges").Select(edge => JsonReader.Relation(edge.Obj("node")!.Value)));
            pageInfo = page.Obj("pageInfo")!.Value;
        }
        var events = (await AllNodesAsync(id, e.Obj("events")!.Value, Queries.EntityEvents, ct).ConfigureAwait(false))
            .Select(ev => new EventSummary(ev.Str("id")!, ev.Str("type")!, ev.Str("title")!, ev.Date("date"),
                ev.Arr("participants").Where(p => p.Obj("entity")?.Str("id") == id).Select(p => p.Str("role")!).Distinct().ToList())).ToList();
        var said = (await AllNodesAsync(id, e.Obj("said")!.Value, Queries.EntitySaid, ct).ConfigureAwait(false)).Select(JsonReader.Statement).ToList();
        return new EntityDetails(e.Str("id")!, e.Str("name")!, e.Str("kind")!, e.Arr("aliases").Select(a => a.GetString()!).ToList(),
            e.Str("description"), e.Bool("named"), relations, events, said);
    }

    /// <summary>The nodes of a nested connection of the entity <paramref name="id"/>: the first page, then each next one
    /// (<paramref name="nextPage"/> answers it as <c>entity.page</c>).</summary>
    private async Task<List<JsonElement>> AllNodesAsync(string id, JsonElement firstPage, string nextPage, CancellationToken ct)
    {
        var nodes = firstPage.Arr("nodes").ToList();
        var pageInfo = firstPage.Obj("pageInfo")!.Value;
        while (pageInfo.Bool("hasNextPage"))
        {
            var more = await _transport.ExecuteAsync(nextPage, new JsonObject { ["id"] = id, ["after"] = pageInfo.Str("endCursor") }, ct).ConfigureAwait(false);
            var page = more.Obj("entity")!.Value.Obj("page")!.Value;
            nodes.AddRange(page.Arr("nodes"));
            pageInfo = page.Obj("pageInfo")!.Value;
        }
        return nodes;
    }

    /// <summary>The whole timeline for a question, every page fetched.</summary>
    /// <exception cref="TimelineApiException">NOT_FOUND for an unknown entity id, BAD_USER_INPUT for a malformed date.</exception>
    public async Task<TimelineResult> TimelineAsync(TimelineQuery query, CancellationToken ct = default)
    {
        var (items, browser) = await CollectAsync(TimelinePagesAsync(query, withBrowserCypher: true, ct)).ConfigureAwait(false);
        return new TimelineResult(query, items) { BrowserText = browser };
    }

    /// <summary>The whole timeline of the items involving all of <paramref name="involving"/>, overlapping [from, to].</summary>
    public Task<TimelineResult> TimelineAsync(IEnumerable<string>? involving = null, string? from = null, string? to = null,
        IEnumerable<string>? types = null, CancellationToken ct = default) =>
        TimelineAsync(new TimelineQuery(involving?.ToList(), from, to, types?.ToList()), ct);

    /// <summary>The timeline item by item, fetching pages of <see cref="TimelineClientOptions.PageSize"/> as it goes.</summary>
    public IAsyncEnumerable<TimelineItem> StreamTimelineAsync(TimelineQuery query, CancellationToken ct = default) =>
        ItemsOf(TimelinePagesAsync(query, withBrowserCypher: false, ct));

    private IAsyncEnumerable<Page<TimelineItem>> TimelinePagesAsync(TimelineQuery query, bool withBrowserCypher, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PagesAsync(Queries.Timeline, "timeline", () => new JsonObject
        {
            ["involving"] = query.Involving is null ? null : Array(query.Involving),
            ["from"] = query.From,
            ["to"] = query.To,
            ["types"] = query.Types is null ? null : Array(query.Types),
            ["statuses"] = query.Statuses is null ? null : Array(query.Statuses),
            ["knownAt"] = query.KnownAt,
            ["sources"] = query.Sources is null ? null : Array(query.Sources),
            ["includeParts"] = query.IncludeParts,
            ["first"] = Options.PageSize,
        }, JsonReader.TimelineItem, withBrowserCypher, ct);
    }

    /// <summary>Every statement matching the question, every page fetched.</summary>
    /// <exception cref="TimelineApiException">NOT_FOUND for an unknown speaker or subject, BAD_USER_INPUT for a malformed date.</exception>
    public async Task<StatementsResult> StatementsAsync(StatementsQuery query, CancellationToken ct = default)
    {
        var (items, browser) = await CollectAsync(StatementPagesAsync(query, withBrowserCypher: true, ct)).ConfigureAwait(false);
        return new StatementsResult(query, items) { BrowserText = browser };
    }

    /// <summary>Every statement by <paramref name="speaker"/> and/or about <paramref name="about"/>, overlapping [from, to].</summary>
    public Task<StatementsResult> StatementsAsync(string? speaker = null, string? about = null, string? from = null, string? to = null,
        CancellationToken ct = default) =>
        StatementsAsync(new StatementsQuery(speaker, about, from, to), ct);

    /// <summary>The statements one by one, fetching pages as it goes.</summary>
    public IAsyncEnumerable<StatementItem> StreamStatementsAsync(StatementsQuery query, CancellationToken ct = default) =>
        ItemsOf(StatementPagesAsync(query, withBrowserCypher: false, ct));

    private IAsyncEnumerable<Page<StatementItem>> StatementPagesAsync(StatementsQuery query, bool withBrowserCypher, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PagesAsync(Queries.Statements, "statements", () => new JsonObject
        {
            ["speaker"] = query.Speaker,
            ["about"] = query.About,
            ["from"] = query.From,
            ["to"] = query.To,
            ["knownAt"] = query.KnownAt,
            ["sources"] = query.Sources is null ? null : Array(query.Sources),
            ["includeParts"] = query.IncludeParts,
            ["first"] = Options.PageSize,
        }, JsonReader.Statement, withBrowserCypher, ct);
    }

    /// <summary>Every page of a connection root field, following <c>pageInfo.endCursor</c>; the first request also asks for
    /// the question's Browser text when <paramref name="withBrowserCypher"/>.</summary>
    private async IAsyncEnumerable<Page<T>> PagesAsync<T>(string document, string field, Func<JsonObject> variables,
        Func<JsonElement, T> read, bool withBrowserCypher, [EnumeratorCancellation] CancellationToken ct)
    {
        string? after = null;
        var first = true;
        while (true)
        {
            var request = variables();
            request["after"] = after;
            var (data, browser) = withBrowserCypher && first
                ? await _transport.ExecuteWithBrowserCypherAsync(document, request, field, ct).ConfigureAwait(false)
                : (await _transport.ExecuteAsync(document, request, ct).ConfigureAwait(false), null);
            first = false;
            var connection = data.Obj(field)!.Value;
            yield return new Page<T>(connection.Arr("edges").Select(edge => read(edge.Obj("node")!.Value)).ToList(), browser);
            var pageInfo = connection.Obj("pageInfo")!.Value;
            if (!pageInfo.Bool("hasNextPage")) yield break;
            after = pageInfo.Str("endCursor");
        }
    }

    /// <summary>Every item of every page, and the Browser text the first page came with.</summary>
    private static async Task<(List<T> Items, string? BrowserCypher)> CollectAsync<T>(IAsyncEnumerable<Page<T>> pages)
    {
        var items = new List<T>();
        string? browser = null;
        await foreach (var page in pages.ConfigureAwait(false))
        {
            browser ??= page.BrowserCypher;
            items.AddRange(page.Items);
        }
        return (items, browser);
    }

    /// <summary>The items of the pages, one by one, as the pages arrive.</summary>
    private static async IAsyncEnumerable<T> ItemsOf<T>(IAsyncEnumerable<Page<T>> pages)
    {
        await foreach (var page in pages.ConfigureAwait(false))
        {
            foreach (var item in page.Items)
                yield return item;
        }
    }

    private sealed record Page<T>(IReadOnlyList<T> Items, string? BrowserCypher);

    /// <summary>A shortest path between two entities or events, through entities and events.</summary>
    /// <exception cref="TimelineApiException">NOT_FOUND for an unknown id, BAD_USER_INPUT for maxHops out of range.</exception>
    public async Task<PathResult> PathAsync(string from, string to, int maxHops = 6, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var (data, browser) = await _transport.ExecuteWithBrowserCypherAsync(Queries.Path,
            new JsonObject { ["from"] = from, ["to"] = to, ["maxHops"] = maxHops }, "path", ct).ConfigureAwait(false);
        if (data.Obj("path") is not { } path)
            return new PathResult(from, to, maxHops, false, 0, [], []) { BrowserText = browser };
        return FoundPath(from, to, maxHops, path) with { BrowserText = browser };
    }

    /// <summary>Every shortest path between two entities or events (distinct node sequences, at most <paramref name="first"/>),
    /// in the service's deterministic order.</summary>
    /// <exception cref="TimelineApiException">NOT_FOUND for an unknown id, BAD_USER_INPUT for maxHops or first out of range.</exception>
    public async Task<PathsResult> PathsAsync(string from, string to, int maxHops = 6, int first = 5, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var (data, browser) = await _transport.ExecuteWithBrowserCypherAsync(Queries.Paths,
            new JsonObject { ["from"] = from, ["to"] = to, ["maxHops"] = maxHops, ["first"] = first }, "paths", ct).ConfigureAwait(false);
        return new PathsResult(from, to, maxHops, first, data.Arr("paths").Select(p => FoundPath(from, to, maxHops, p)).ToList()) { BrowserText = browser };
    }

    private static PathResult FoundPath(string from, string to, int maxHops, JsonElement path) => new(from, to, maxHops, true, path.Int("length"),
        path.Arr("nodes").Select(JsonReader.PathNode).ToList(), path.Arr("steps").Select(JsonReader.PathStep).ToList());

    /// <summary>Who appears with <paramref name="id"/>: entities sharing events or statements with it, most shared first.</summary>
    /// <param name="id">The entity.</param>
    /// <param name="kinds">Only associates of these kinds (subkinds included).</param>
    /// <param name="from">Only shared items overlapping [from, to] (date texts such as <c>2026-01</c>).</param>
    /// <param name="to">See <paramref name="from"/>.</param>
    /// <param name="first">At most this many associates.</param>
    /// <param name="includeParts">Also count the items of every entity that is part of <paramref name="id"/> (up to three PART_OF steps).</param>
    /// <param name="ct">Cancels the request.</param>
    /// <exception cref="TimelineApiException">NOT_FOUND when no entity has that id, BAD_USER_INPUT for a malformed date.</exception>
    public async Task<AssociatesResult> AssociatesAsync(string id, IEnumerable<string>? kinds = null, string? from = null, string? to = null,
        int first = 20, bool includeParts = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var data = await _transport.ExecuteAsync(Queries.Associates, new JsonObject
        {
            ["id"] = id,
            ["kinds"] = kinds is null ? null : Array(kinds),
            ["from"] = from,
            ["to"] = to,
            ["first"] = first,
            ["includeParts"] = includeParts,
        }, ct).ConfigureAwait(false);
        if (data.Obj("entity") is not { } entity)
            throw new TimelineApiException("NOT_FOUND", $"No entity with id '{id}'.");
        return new AssociatesResult(id, entity.Arr("associates").Select(JsonReader.Associate).ToList());
    }

    /// <summary>How many events and statements per period (<c>timelineHistogram</c>): one request, empty periods included.</summary>
    /// <exception cref="TimelineApiException">BAD_USER_INPUT for a malformed date or too many periods.</exception>
    public async Task<HistogramResult> TimelineHistogramAsync(HistogramQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (data, browser) = await _transport.ExecuteWithBrowserCypherAsync(Queries.Histogram, new JsonObject
        {
            ["involving"] = query.Involving is null ? null : Array(query.Involving),
            ["from"] = query.From,
            ["to"] = query.To,
            ["types"] = query.Types is null ? null : Array(query.Types),
            ["by"] = query.By.ToString().ToUpperInvariant(),
        }, "timelineHistogram", ct).ConfigureAwait(false);
        return new HistogramResult(query, data.Arr("timelineHistogram").Select(JsonReader.Bucket).ToList()) { BrowserText = browser };
    }

    /// <summary>How many events and statements involving all of <paramref name="involving"/> per period of <paramref name="by"/>,
    /// inside [from, to].</summary>
    public Task<HistogramResult> TimelineHistogramAsync(IEnumerable<string>? involving = null, string? from = null, string? to = null,
        Granularity by = Granularity.Month, IEnumerable<string>? types = null, CancellationToken ct = default) =>
        TimelineHistogramAsync(new HistogramQuery(involving?.ToList(), from, to, types?.ToList(), by), ct);

    /// <summary>Ingests one document (the JSON of an ingest file, sent unchanged). Validation errors come back in the
    /// outcome (nothing written); a document that is not even shaped like one is a BAD_USER_INPUT exception.</summary>
    public Task<IngestOutcome> IngestAsync(string documentJson, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documentJson);
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(documentJson);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The document is not JSON: {e.Message}", nameof(documentJson), e);
        }
        return IngestAsync(document ?? throw new ArgumentException("The document is JSON null.", nameof(documentJson)), ct);
    }

    /// <summary>Ingests one document given as a JSON node.</summary>
    public async Task<IngestOutcome> IngestAsync(JsonNode document, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var data = await _transport.ExecuteAsync(Queries.Ingest, new JsonObject { ["document"] = document.DeepClone() }, ct).ConfigureAwait(false);
        var r = data.Obj("ingestDocument")!.Value;
        return new IngestOutcome(r.Bool("ok"), r.Str("sourceId"), r.Int("created"), r.Int("updated"),
            r.Arr("errors").Select(e => new IngestError(e.Str("path")!, e.Str("message")!)).ToList());
    }

    /// <summary>Ingests the document in a file.</summary>
    public async Task<IngestOutcome> IngestFileAsync(string path, CancellationToken ct = default) =>
        await IngestAsync(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false), ct).ConfigureAwait(false);

    /// <summary>Drafts an ingest document from an article's text (<c>draftDocument</c>; writes nothing): review and edit
    /// <see cref="DraftResult.Document"/>, then pass it to <see cref="IngestAsync(JsonNode, CancellationToken)"/>.</summary>
    /// <param name="text">The article as plain text, paragraphs on their own lines.</param>
    /// <param name="published">Publication date, <c>yyyy-MM-dd</c>; relative dates are resolved against it.</param>
    /// <param name="sourceId">The source id (drafted from the date and title when null).</param>
    /// <param name="title">The title (the article's first line when null).</param>
    /// <param name="ct">Cancels the request.</param>
    public async Task<DraftResult> DraftAsync(string text, string published, string? sourceId = null, string? title = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(published);
        var data = await _transport.ExecuteAsync(Queries.Draft, new JsonObject
        {
            ["text"] = text, ["published"] = published, ["sourceId"] = sourceId, ["title"] = title,
        }, ct).ConfigureAwait(false);
        var draft = data.Obj("draftDocument")!.Value;
        var document = JsonNode.Parse(draft.GetProperty("document").GetRawText())!.AsObject();
        var notes = draft.Arr("notes").Select(n => new DraftNote(n.Str("path")!, n.GetProperty("confidence").GetDouble(), n.Str("message")!)).ToList();
        return new DraftResult(document, notes);
    }

    /// <summary>Downloads an export of the API (<c>/export/graphml?entity=…&amp;depth=…</c>, <c>/export/timeline.csv?…</c>,
    /// <c>/export/timelinejs?…</c>) as text; <paramref name="pathAndQuery"/> is resolved against the endpoint.</summary>
    public Task<string> DownloadExportAsync(string pathAndQuery, CancellationToken ct = default) => _transport.GetTextAsync(pathAndQuery, ct);

    /// <summary>Releases the connections (only those of an HttpClient the client created).</summary>
    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
