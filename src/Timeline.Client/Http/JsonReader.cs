using System.Text.Json;
using Timeline.Primitives;

namespace Timeline.Client.Http;

/// <summary>Turns the API's JSON into the client's records.</summary>
internal static class JsonReader
{
    public static string? Str(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static JsonElement? Obj(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    public static IEnumerable<JsonElement> Arr(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static bool Bool(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    public static int Int(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;

    public static TimelineDate? Date(this JsonElement e, string name) => e.Obj(name) is { } d
        ? new TimelineDate(d.Str("text")!, DatePrecisions.Parse(d.Str("precision")!), DateKey.Parse(d.Str("earliest")!), DateKey.Parse(d.Str("latest")!))
        : null;

    public static EntityRef? Entity(this JsonElement e, string name) => e.Obj(name) is { } x ? EntityOf(x) : null;

    public static EntityRef EntityOf(JsonElement x) => new(x.Str("id")!, x.Str("name") ?? x.Str("id")!, x.Str("kind"));

    public static EntitySummary Summary(JsonElement x) => new(
        x.Str("id")!, x.Str("name")!, x.Str("kind")!, x.Arr("aliases").Select(a => a.GetString()!).ToList(), x.Str("description"), x.Bool("named"));

    public static List<SourceRef> Sources(this JsonElement e) => e.Arr("sources")
        .Select(s => new SourceRef(s.Obj("source")?.Str("id") ?? "", s.Obj("source")?.Str("title"), s.Obj("source")?.Str("published"), s.Str("excerpt")))
        .ToList();

    public static List<SubjectRef> About(this JsonElement e) => e.Arr("about")
        .Select(a => a.Str("__typename") switch
        {
            "Event" => new SubjectRef(a.Str("id")!, a.Str("title") ?? a.Str("id")!, "Event"),
            "Statement" => new SubjectRef(a.Str("id")!, a.Str("text") ?? a.Str("id")!, "Statement"),
            _ => new SubjectRef(a.Str("id")!, a.Str("name") ?? a.Str("id")!, a.Str("kind") ?? a.Str("__typename") ?? "Entity"),
        })
        .ToList();

    public static StatementItem Statement(JsonElement s) => new(
        s.Str("id")!, s.Str("text")!, s.Bool("verbatim"), s.Date("date"), s.Entity("speaker"), s.About(), s.Sources(),
        s.Date("firstReported"), s.Int("sourceCount"));

    public static TimelineItem TimelineItem(JsonElement n) => n.Str("__typename") == "Event"
        ? new TimelineItem("Event", n.Str("id")!, n.Str("type")!, n.Str("status"), n.Str("title")!, n.Str("description"), n.Date("date"),
            n.Arr("participants").Select(p => new Participant(p.Str("role")!, EntityOf(p.Obj("entity")!.Value))).ToList(),
            null, [], null, n.Sources(), n.Date("firstReported"), n.Int("sourceCount"))
        : new TimelineItem("Statement", n.Str("id")!, "Statement", null, n.Str("text")!, null, n.Date("date"), [],
            n.Entity("speaker"), n.About(), n.Bool("verbatim"), n.Sources(), n.Date("firstReported"), n.Int("sourceCount"));

    public static Associate Associate(JsonElement a) => new(
        EntityOf(a.Obj("entity")!.Value), a.Int("sharedEvents"), a.Int("sharedStatements"), a.Int("total"), a.Date("first"), a.Date("last"),
        a.Arr("sample").Select(TimelineItem).ToList());

    public static HistogramBucket Bucket(JsonElement b) => new(b.Str("period")!, b.Int("events"), b.Int("statements"), b.Int("imprecise"));

    public static PathNode PathNode(JsonElement n) => new(n.Str("id")!, n.Str("name")!, n.Str("kind")!);

    public static PathStep PathStep(JsonElement s) => new(s.Str("type")!, s.Str("from")!, s.Str("to")!, s.Str("role"));

    public static RelationInfo Relation(JsonElement r) => new(
        r.Str("type")!, r.Str("direction")!, EntityOf(r.Obj("other")!.Value), r.Date("validFrom"), r.Date("validTo"),
        r.Obj("properties") is { } props ? props.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)) : new Dictionary<string, object?>(),
        r.Sources());

    /// <summary>A JSON value as a plain .NET value: string, long, double, bool, null or a list of them.</summary>
    public static object? Plain(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.TryGetInt64(out var l) ? l : v.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => v.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.Object => v.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        _ => null,
    };
}
