namespace Timeline.Core.Curation;

/// <summary>How a relation is named where a node would be named by its id (a change's targets, <c>history(id)</c>,
/// <c>withdrawFact</c>/<c>correctFact</c>): <c>TYPE:from-&gt;to</c>, followed by <c>|key</c> when the type has required
/// properties (e.g. the position held).</summary>
public static class RelationId
{
    /// <summary>The id of the relation of <paramref name="type"/> from <paramref name="from"/> to <paramref name="to"/>
    /// with merge key <paramref name="key"/> (empty when the type has no required property).</summary>
    public static string Of(string type, string from, string to, string key) =>
        key.Length == 0 ? $"{type}:{from}->{to}" : $"{type}:{from}->{to}|{key}";

    /// <summary>Reads a relation id written by <see cref="Of"/>; false for anything else (a node's id). The type is
    /// UPPER_SNAKE (no colon), so the first colon ends it; the first <c>-&gt;</c> ends the from id, the first <c>|</c> after it
    /// the to id.</summary>
    public static bool TryParse(string id, out string type, out string from, out string to, out string key)
    {
        type = from = to = key = "";
        var colon = id.IndexOf(':');
        if (colon <= 0 || !id[..colon].All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        var arrow = id.IndexOf("->", colon + 1, StringComparison.Ordinal);
        if (arrow < 0) return false;
        var rest = id[(arrow + 2)..];
        var bar = rest.IndexOf('|');
        (type, from, to, key) = (id[..colon], id[(colon + 1)..arrow], bar < 0 ? rest : rest[..bar], bar < 0 ? "" : rest[(bar + 1)..]);
        return from.Length > 0 && to.Length > 0;
    }
}
