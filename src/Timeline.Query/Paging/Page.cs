using Timeline.Query.Expressions;
using Timeline.Query.Tree;

namespace Timeline.Query.Paging;

/// <summary>One page of a connection, root or nested alike: the first <see cref="First"/> items whose sort key tuple comes
/// strictly after the cursor <see cref="After"/> (keyset pagination, never an offset). One item more than the page is
/// fetched, so that the caller can tell whether there is a next page.</summary>
public sealed record Page(int First, string? After = null)
{
    /// <summary>How many items to fetch: the page and one more.</summary>
    public int Limit => First + 1;

    /// <summary>Whether the answer shows the page's cursors (<c>edges { cursor }</c>, <c>pageInfo</c>'s start or end cursor):
    /// only then does each item carry its sort keys out of the statement — they are most of a small item's bytes.</summary>
    public bool ShowsCursors { get; init; } = true;

    /// <summary>The keyset comparison that skips everything up to the cursor, or null on the first page. A cursor that does
    /// not fit these sort keys is an argument error.</summary>
    public KeysetComparison? AfterCursor(IReadOnlyList<SortKey> keys) =>
        After is null ? null : new KeysetComparison(keys, Cursor.Decode(After, keys.Count));
}
