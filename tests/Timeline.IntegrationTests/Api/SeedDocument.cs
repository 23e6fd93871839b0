using System.Text.Json;
using Timeline.Primitives;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Api;

/// <summary>The seed document as the tests' oracle: which items involve which entities, and their dates.</summary>
public static class SeedDocument
{
    public const string SourceId = "src:2026-01-09-caracas";

    private static readonly Lazy<JsonElement> Root = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Neo4jLocalScript.RepositoryRoot(), ApiFixture.SeedPath))).RootElement.Clone());

    public static JsonElement Json => Root.Value;

    public static string Text => File.ReadAllText(Path.Combine(Neo4jLocalScript.RepositoryRoot(), ApiFixture.SeedPath));

    /// <summary>Events and statements of the seed with their dates and the entities they involve.</summary>
    public static IReadOnlyList<(string Id, PartialDate? Date, IReadOnlySet<string> Involved)> Items()
    {
        var items = new List<(string, PartialDate?, IReadOnlySet<string>)>();
        foreach (var e in Json.GetProperty("events").EnumerateArray())
        {
            var involved = e.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("entity").GetString()!).ToHashSet();
            items.Add((e.GetProperty("id").GetString()!, Date(e), involved));
        }
        foreach (var s in Json.GetProperty("statements").EnumerateArray())
        {
            var involved = s.GetProperty("about").EnumerateArray().Select(a => a.GetString()!).Append(s.GetProperty("speaker").GetString()!).ToHashSet();
            items.Add((s.GetProperty("id").GetString()!, Date(s), involved));
        }
        return items;
    }

    /// <summary>The expected timeline: items involving all <paramref name="involving"/> overlapping [from, to], ordered.</summary>
    public static IReadOnlyList<string> Timeline(IReadOnlyList<string> involving, string from, string to)
    {
        var start = PartialDate.Parse(from).EarliestKey;
        var end = PartialDate.Parse(to).LatestKey;
        return Items()
            .Where(i => involving.All(i.Involved.Contains))
            .Where(i => i.Date is { } d && string.CompareOrdinal(d.EarliestKey, end) <= 0 && string.CompareOrdinal(d.LatestKey, start) >= 0)
            .OrderBy(i => i.Date!.EarliestKey, StringComparer.Ordinal)
            .ThenBy(i => i.Date!.LatestKey, StringComparer.Ordinal)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => i.Id)
            .ToList();
    }

    private static PartialDate? Date(JsonElement item)
    {
        if (!item.TryGetProperty("date", out var date) || date.ValueKind == JsonValueKind.Null)
            return null;
        return date.ValueKind == JsonValueKind.String
            ? PartialDate.Parse(date.GetString()!)
            : PartialDate.FromRange(PartialDate.Parse(date.GetProperty("earliest").GetString()!), PartialDate.Parse(date.GetProperty("latest").GetString()!));
    }
}
