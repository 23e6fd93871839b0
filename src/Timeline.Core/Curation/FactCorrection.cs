using System.Text.Json;

namespace Timeline.Core.Curation;

/// <summary>The effective correction of one fact, as its <see cref="Ontology.GraphLabels.Correction"/> node keeps it: the
/// corrected values under the node's (or relationship's) property names (null: removed), the corrected participant list
/// (null: not corrected), and whether the fact is withdrawn. Later corrections merge into it, field by field.</summary>
/// <param name="FactId">The event's or statement's id, or the relation's <see cref="RelationId"/>.</param>
/// <param name="Kind">A <see cref="FactKind"/>.</param>
/// <param name="Values">Corrected values by property name.</param>
/// <param name="Participants">The corrected participants of an event, or null.</param>
/// <param name="Withdrawn">Whether an editor withdrew the fact.</param>
public sealed record FactCorrection(string FactId, string Kind, IReadOnlyDictionary<string, object?> Values,
    IReadOnlyList<CorrectedParticipant>? Participants, bool Withdrawn)
{
    /// <summary>No correction yet.</summary>
    public static FactCorrection None(string factId, string kind) => new(factId, kind, new Dictionary<string, object?>(), null, false);

    /// <summary>This correction with <paramref name="values"/> over its own (later wins per field) and, when given, the
    /// participants replaced. Values go through their stored JSON form, so what is applied now is what is applied later.</summary>
    public FactCorrection With(IReadOnlyDictionary<string, object?> values, IReadOnlyList<CorrectedParticipant>? participants)
    {
        var merged = new SortedDictionary<string, object?>(Values.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal);
        foreach (var (name, value) in values) merged[name] = value;
        return this with { Values = ParseValues(ValuesJson(merged)), Participants = participants ?? Participants };
    }

    /// <summary>The values as stored: a JSON object, names in ordinal order.</summary>
    public string ValuesJson() => ValuesJson(Values);

    /// <summary>The participants as stored (null when not corrected).</summary>
    public string? ParticipantsJson() => Participants is null ? null : JsonSerializer.Serialize(Participants.Select(p => new Dictionary<string, string>
    {
        ["entity"] = p.Entity, ["role"] = p.Role,
    }));

    /// <summary>Reads the stored form back.</summary>
    public static FactCorrection Parse(string factId, string kind, string? values, string? participants, bool withdrawn)
    {
        IReadOnlyList<CorrectedParticipant>? list = null;
        if (participants is not null)
        {
            using var json = JsonDocument.Parse(participants);
            list = json.RootElement.EnumerateArray()
                .Select(p => new CorrectedParticipant(p.GetProperty("entity").GetString()!, p.GetProperty("role").GetString()!)).ToList();
        }
        return new FactCorrection(factId, kind, values is null ? new Dictionary<string, object?>() : ParseValues(values), list, withdrawn);
    }

    private static string ValuesJson(IReadOnlyDictionary<string, object?> values) =>
        JsonSerializer.Serialize(values.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value));

    private static Dictionary<string, object?> ParseValues(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal);
    }

    // Node property values: text, integer, number, boolean, list of texts, or null.
    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var n) ? (object)n : e.GetDouble(), // the cast keeps integers as long
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(i => i.GetString()!).ToList(),
        _ => null,
    };
}

/// <summary>One participant of a corrected participant list.</summary>
public sealed record CorrectedParticipant(string Entity, string Role);
