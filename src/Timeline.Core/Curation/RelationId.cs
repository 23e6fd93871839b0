namespace Timeline.Core.Curation;

/// <summary>How a relation is named where a node would be named by its id (a change's targets, <c>history(id)</c>):
/// <c>TYPE:from-&gt;to</c>, followed by <c>|key</c> when the type has required properties (e.g. the position held).</summary>
public static class RelationId
{
    /// <summary>The id of the relation of <paramref name="type"/> from <paramref name="from"/> to <paramref name="to"/>
    /// with merge key <paramref name="key"/> (empty when the type has no required property).</summary>
    public static string Of(string type, string from, string to, string key) =>
        key.Length == 0 ? $"{type}:{from}->{to}" : $"{type}:{from}->{to}|{key}";
}
