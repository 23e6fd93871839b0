namespace Timeline.Query.Tree;

/// <summary>The order of key tuples as Cypher's <c>&lt;</c> gives it for the values a sort key holds (text by UTF-16 code
/// unit, as Java compares strings; numbers by value), so that a list its reader orders (<see cref="ListQuery.Order"/>)
/// comes out as the statement would have sorted it. Keys are never null (each is coalesced where it can be missing); a null
/// sorts first here.</summary>
internal sealed class KeyOrder(IReadOnlyList<ElementKey> keys) : IComparer<IReadOnlyDictionary<string, object?>>
{
    public int Compare(IReadOnlyDictionary<string, object?>? x, IReadOnlyDictionary<string, object?>? y)
    {
        foreach (var key in keys)
        {
            var order = CompareValues(x is null ? null : key.Read(x), y is null ? null : key.Read(y));
            if (order != 0)
                return order;
        }
        return 0;
    }

    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string s, string t) => string.CompareOrdinal(s, t),
        (long l, long m) => l.CompareTo(m),
        (IConvertible p, IConvertible q) when IsNumber(p) && IsNumber(q) => Convert.ToDouble(p, System.Globalization.CultureInfo.InvariantCulture)
            .CompareTo(Convert.ToDouble(q, System.Globalization.CultureInfo.InvariantCulture)),
        _ => string.CompareOrdinal(Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(b, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static bool IsNumber(IConvertible value) => value.GetTypeCode() is TypeCode.Int32 or TypeCode.Int64 or TypeCode.Double or TypeCode.Single or TypeCode.Decimal;
}
