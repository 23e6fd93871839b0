using System.Text;
using System.Text.Json;
using Timeline.Query.Questions;

namespace Timeline.Query.Paging;

/// <summary>Opaque keyset cursors: base64url of the JSON array of the item's sort key tuple (never an offset).</summary>
public static class Cursor
{
    /// <summary>The cursor of an item whose sort key tuple is <paramref name="key"/>.</summary>
    public static string Encode(IReadOnlyList<string> key) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The key tuple in <paramref name="cursor"/>; a cursor this API did not issue for this list is a client error.</summary>
    public static IReadOnlyList<string> Decode(string cursor, int keyCount)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var key = JsonSerializer.Deserialize<List<string>>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            if (key is not null && key.Count == keyCount && key.All(k => k is not null))
                return key;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            // reported below
        }
        throw new QuestionArgumentException("The 'after' cursor is malformed or belongs to another list.");
    }
}
