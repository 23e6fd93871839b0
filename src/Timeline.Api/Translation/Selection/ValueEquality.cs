using System.Collections;

namespace Timeline.Api.Translation.Selection;

/// <summary>Structural equality of argument values (scalars, lists, maps), to tell whether two occurrences of a field merge.</summary>
internal static class ValueEquality
{
    public static bool Equal(object? a, object? b)
    {
        if (a is null || b is null)
            return a is null && b is null;
        if (a is string || b is string)
            return Equals(a, b);
        if (a is IDictionary<string, object?> da && b is IDictionary<string, object?> db)
            return da.Count == db.Count && da.All(kv => db.TryGetValue(kv.Key, out var other) && Equal(kv.Value, other));
        if (a is IReadOnlyDictionary<string, object?> ra && b is IReadOnlyDictionary<string, object?> rb)
            return ra.Count == rb.Count && ra.All(kv => rb.TryGetValue(kv.Key, out var other) && Equal(kv.Value, other));
        if (a is IEnumerable ea && b is IEnumerable eb)
        {
            var la = ea.Cast<object?>().ToList();
            var lb = eb.Cast<object?>().ToList();
            return la.Count == lb.Count && la.Zip(lb).All(p => Equal(p.First, p.Second));
        }
        return Equals(a, b) || (IsNumber(a) && IsNumber(b) && Convert.ToDecimal(a) == Convert.ToDecimal(b));
    }

    private static bool IsNumber(object value) => value is int or long or short or byte or decimal or double or float;
}
