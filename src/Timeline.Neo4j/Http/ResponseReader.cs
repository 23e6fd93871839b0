using System.Text.Json;

namespace Timeline.Neo4j.Http;

/// <summary>Reads the transactional endpoint's JSON: <c>{results: [{columns, data: [{row, meta, graph}], stats}], errors, commit}</c>.</summary>
internal static class ResponseReader
{
    public static TransactionResponse Read(JsonElement root, Uri? location, Func<string, Uri> resolve)
    {
        var results = new List<QueryResult>();
        var completed = 0;
        if (root.TryGetProperty("results", out var resultsElement) && resultsElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var result in resultsElement.EnumerateArray())
            {
                results.Add(ReadResult(result));
                // Every statement asks for stats, and the server writes them after the last row: a result without them was
                // cut short by an error (e.g. division by zero on row 5000).
                if (result.TryGetProperty("stats", out _))
                    completed++;
            }
        }

        var commit = root.TryGetProperty("commit", out var commitElement) && commitElement.ValueKind == JsonValueKind.String
            ? resolve(commitElement.GetString()!)
            : null;
        return new TransactionResponse(results, completed, ReadErrors(root), location, commit);
    }

    public static IReadOnlyList<ServerError> ReadErrors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
            return [];
        return errors.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.Object)
            .Select(e => new ServerError(
                e.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                e.TryGetProperty("message", out var message) ? message.GetString() ?? "" : ""))
            .ToList();
    }

    private static QueryResult ReadResult(JsonElement result)
    {
        var keys = result.TryGetProperty("columns", out var columns)
            ? columns.EnumerateArray().Select(c => c.GetString() ?? "").ToArray()
            : [];
        var records = new List<Neo4jRecord>();
        if (result.TryGetProperty("data", out var data))
        {
            foreach (var item in data.EnumerateArray())
            {
                var row = item.GetProperty("row");
                JsonElement? meta = item.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Array ? m : null;
                JsonElement? graph = item.TryGetProperty("graph", out var g) && g.ValueKind == JsonValueKind.Object ? g : null;
                records.Add(new Neo4jRecord(keys, RowDecoder.Decode(row, meta, graph)));
            }
        }
        var counters = result.TryGetProperty("stats", out var stats) ? ReadCounters(stats) : QueryCounters.None;
        return new QueryResult(keys, records, counters);
    }

    private static QueryCounters ReadCounters(JsonElement stats)
    {
        int Int(string name) => stats.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
        return new QueryCounters
        {
            NodesCreated = Int("nodes_created"),
            NodesDeleted = Int("nodes_deleted"),
            RelationshipsCreated = Int("relationships_created"),
            // Neo4j 3.x spells this one in the singular.
            RelationshipsDeleted = Math.Max(Int("relationship_deleted"), Int("relationships_deleted")),
            PropertiesSet = Int("properties_set"),
            LabelsAdded = Int("labels_added"),
            LabelsRemoved = Int("labels_removed"),
            ConstraintsAdded = Int("constraints_added"),
            ConstraintsRemoved = Int("constraints_removed"),
            IndexesAdded = Int("indexes_added"),
            IndexesRemoved = Int("indexes_removed"),
            ContainsUpdates = stats.TryGetProperty("contains_updates", out var u) && u.ValueKind == JsonValueKind.True,
        };
    }
}
