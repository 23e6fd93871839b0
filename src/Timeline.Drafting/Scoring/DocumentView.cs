using System.Text.Json;
using Timeline.Drafting.Building;
using Timeline.Primitives;

namespace Timeline.Drafting.Scoring;

/// <summary>The parts of an ingest document the scorer compares, read once.</summary>
internal sealed class DocumentView
{
    /// <param name="root">The document.</param>
    /// <param name="graphIds">Ids of the entities in the graph the article was drafted against: referring to one is a link,
    /// even when the document also declares it (a gold written before those entities were in the graph).</param>
    public DocumentView(JsonElement root, IReadOnlySet<string> graphIds)
    {
        foreach (var e in Items(root, "entities"))
        {
            var names = new List<string> { e.GetProperty("name").GetString()! };
            if (e.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
                names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()!));
            Entities[e.GetProperty("id").GetString()!] = names;
        }
        foreach (var s in Items(root, "statements"))
        {
            Statements.Add(new StatementView(s.GetProperty("speaker").GetString()!, s.GetProperty("text").GetString()!,
                s.TryGetProperty("verbatim", out var v) && v.ValueKind == JsonValueKind.True, DateOf(s)));
            References.Add(s.GetProperty("speaker").GetString()!);
            if (s.TryGetProperty("about", out var about) && about.ValueKind == JsonValueKind.Array)
                References.UnionWith(about.EnumerateArray().Select(a => a.GetString()!));
        }
        foreach (var ev in Items(root, "events"))
        {
            var participants = ev.TryGetProperty("participants", out var ps) && ps.ValueKind == JsonValueKind.Array
                ? ps.EnumerateArray().Select(p => (Entity: p.GetProperty("entity").GetString()!, Role: p.GetProperty("role").GetString()!)).ToList()
                : [];
            Events.Add(new EventView(ev.GetProperty("type").GetString()!, participants, DateOf(ev)));
            References.UnionWith(participants.Select(p => p.Entity));
        }
        foreach (var r in Items(root, "relations"))
        {
            References.Add(r.GetProperty("from").GetString()!);
            References.Add(r.GetProperty("to").GetString()!);
        }
        // Ids referred to but not defined here are the graph's, and so are the graph's own ids: those are the links.
        Links = References.Where(id => graphIds.Contains(id)
                                       || (!Entities.ContainsKey(id) && !id.StartsWith(IdMaker.EventPrefix, StringComparison.Ordinal) && !id.StartsWith(IdMaker.StatementPrefix, StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Entities the document defines: id → name and aliases.</summary>
    public Dictionary<string, List<string>> Entities { get; } = new(StringComparer.Ordinal);

    public List<StatementView> Statements { get; } = [];

    public List<EventView> Events { get; } = [];

    public HashSet<string> References { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of graph entities the document refers to.</summary>
    public HashSet<string> Links { get; }

    private static IEnumerable<JsonElement> Items(JsonElement root, string section) =>
        root.TryGetProperty(section, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static DateView? DateOf(JsonElement item)
    {
        if (!item.TryGetProperty("date", out var d) || d.ValueKind == JsonValueKind.Null) return null;
        var date = d.ValueKind == JsonValueKind.String
            ? PartialDate.Parse(d.GetString()!)
            : PartialDate.FromRange(PartialDate.Parse(d.GetProperty("earliest").GetString()!), PartialDate.Parse(d.GetProperty("latest").GetString()!));
        return new DateView(date.Text, date.EarliestKey, date.LatestKey);
    }
}

internal sealed record StatementView(string Speaker, string Text, bool Verbatim, DateView? Date);

internal sealed record EventView(string Type, List<(string Entity, string Role)> Participants, DateView? Date);

/// <summary>A date as the scorer compares it: two dates are the same when they stand for the same interval
/// (2026-01 and 2026-01-01/2026-01-31 are), whatever their text.</summary>
internal sealed record DateView(string Text, string Earliest, string Latest)
{
    public bool Equals(DateView? other) => other is not null && Earliest == other.Earliest && Latest == other.Latest;

    public override int GetHashCode() => HashCode.Combine(Earliest, Latest);

    public override string ToString() => Text;
}
