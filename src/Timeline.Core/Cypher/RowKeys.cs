namespace Timeline.Core.Cypher;

/// <summary>
/// A statement over rows (<c>UNWIND $rows AS row</c>) that looks nodes up by a row's fields binds those fields to variables
/// of their own first (<c>WITH row, row.event AS rowEvent</c>) and looks up by the variables.
/// <para>Why: Neo4j 3.1 plans a look-up by a map's field (<c>MATCH (e:Event {id: row.event})</c>) as a scan of the whole
/// index filtered on the field, once per row, whenever its statistics make the index look small — a new or young graph —
/// and a look-up by a variable as a seek whatever the statistics. EXPLAIN on a graph of 100 documents: the participants'
/// event, both ends of an <c>ABOUT</c> to an event and the name-suffix rename were index scans; a bulk batch into that
/// graph ran past the 150 s transaction timeout in the rename.</para>
/// </summary>
internal static class RowKeys
{
    /// <summary><c>UNWIND list AS row</c>, then <paramref name="fields"/> of it bound (<see cref="Bind"/>).</summary>
    public static string Unwind(string list, string row, params string[] fields) =>
        $"UNWIND {list} AS {row}" + (fields.Length == 0 ? "" : "\n" + Bind(row, fields));

    /// <summary><c>WITH row, row.field AS rowField, …</c>, carrying <paramref name="carried"/> (", a, b") too.</summary>
    public static string Bind(string row, IEnumerable<string> fields, string carried = "") =>
        $"WITH {row}{carried}, " + string.Join(", ", fields.Select(field => $"{row}.{field} AS {Of(row, field)}"));

    /// <summary>The variable a row's field is bound to: <c>rowEvent</c> for <c>row.event</c>.</summary>
    public static string Of(string row, string field) => row + char.ToUpperInvariant(field[0]) + field[1..];
}
