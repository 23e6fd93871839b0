namespace Timeline.Api.Translation.Tree;

/// <summary>One component of a sort key tuple (ascending). The expression never yields null (callers coalesce), so that
/// keyset comparisons and insertion sorting are total.</summary>
internal sealed record SortKey(string Name, ValueNode Value);
