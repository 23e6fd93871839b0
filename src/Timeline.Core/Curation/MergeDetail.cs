using System.Text.Json;

namespace Timeline.Core.Curation;

/// <summary>A MERGED or UNMERGED change's <c>detail</c>: the survivor, the merged ids and (for an un-merge) the merge it
/// undid — what <c>history(id)</c> shows and what a restore replays.</summary>
internal sealed record MergeDetail(string Into, IReadOnlyList<string> From, string? Merge)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Of(string into, IReadOnlyList<string> from, string? merge = null) =>
        JsonSerializer.Serialize(new MergeDetail(into, from, merge), Json);

    public static MergeDetail Parse(ChangeRecord change) =>
        (change.Detail is null ? null : JsonSerializer.Deserialize<MergeDetail>(change.Detail, Json))
        ?? throw new InvalidOperationException($"Change {change.Id} ({change.Action}) has no merge detail.");
}
