namespace Timeline.Query.Tree;

/// <summary>One component of a sort key tuple (ascending), under the name it is bound to. The expression never yields null
/// (callers coalesce), so that keyset comparisons and insertion sorting are total.</summary>
public sealed record SortKey(string Name, ValueNode Value);
