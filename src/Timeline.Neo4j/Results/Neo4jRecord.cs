namespace Timeline.Neo4j;

/// <summary>One row of a result. Values are null, bool, long, double, string, <see cref="IReadOnlyList{T}"/> of object?,
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to object?, <see cref="Neo4jNode"/> or <see cref="Neo4jRelationship"/>.</summary>
public sealed class Neo4jRecord
{
    private readonly IReadOnlyList<string> _keys;
    private readonly object?[] _values;

    /// <summary>Creates a record; <paramref name="values"/> is positionally aligned with <paramref name="keys"/>.</summary>
    public Neo4jRecord(IReadOnlyList<string> keys, object?[] values)
    {
        if (keys.Count != values.Length)
            throw new ArgumentException($"A record with {keys.Count} keys needs {keys.Count} values, got {values.Length}.", nameof(values));
        _keys = keys;
        _values = values;
    }

    /// <summary>Column names, in RETURN order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>Values, aligned with <see cref="Keys"/>.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>The value of column <paramref name="key"/>; throws <see cref="KeyNotFoundException"/> naming the available columns.</summary>
    public object? this[string key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"No column '{key}' in this record; columns are: {string.Join(", ", _keys)}.");

    /// <summary>The value at column position <paramref name="index"/>.</summary>
    public object? this[int index] => _values[index];

    /// <summary>Looks a column up by name.</summary>
    public bool TryGetValue(string key, out object? value)
    {
        // Records have a handful of columns: a linear scan beats building a dictionary per row.
        for (var i = 0; i < _keys.Count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>The value of column <paramref name="key"/> converted to <typeparamref name="T"/>: numeric widening/narrowing
    /// (checked), lists to <c>T[]</c>/<c>List&lt;T&gt;</c>/<c>IReadOnlyList&lt;T&gt;</c>, maps to dictionaries; null only for nullable targets.</summary>
    public T Get<T>(string key) => ValueConverter.Convert<T>(this[key], $"column '{key}'");

    /// <summary>Renders the row as <c>{key: value, …}</c>.</summary>
    public override string ToString() =>
        "{" + string.Join(", ", _keys.Select((k, i) => $"{k}: {ValueText.Format(_values[i])}")) + "}";
}
