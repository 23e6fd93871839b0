namespace Timeline.Testing.CypherLint;

/// <summary>
/// Collects the distinct Cypher texts a test run sends, so they can all be linted in one batch.
/// Hook <see cref="Record"/> to the client's <c>RequestSending</c> event (statement text plus the
/// keys of its parameter map); save to a file that <see cref="LoadAsync"/> or
/// <c>node tools/cypher-lint/lint.mjs FILE</c> reads back. Thread-safe.
/// </summary>
public sealed class CypherTextRecorder
{
    private readonly object gate = new();
    private readonly Dictionary<string, CypherText> texts = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    /// <summary>Records one sent text; a text already recorded with the same parameters is ignored.</summary>
    /// <param name="query">The Cypher text as sent.</param>
    /// <param name="parameterNames">The names of the parameters sent with it.</param>
    /// <param name="origin">Who sent it (a test or a component), used as the text's name.</param>
    public void Record(string query, IEnumerable<string> parameterNames, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var names = parameterNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var key = query + "\0" + string.Join("\0", names);
        lock (gate)
        {
            if (texts.ContainsKey(key))
            {
                return;
            }

            texts[key] = new CypherText(origin ?? $"recorded #{order.Count + 1}", query, names);
            order.Add(key);
        }
    }

    /// <summary>The distinct texts recorded so far, in order of first sending.</summary>
    public IReadOnlyList<CypherText> Texts
    {
        get
        {
            lock (gate)
            {
                return order.Select(k => texts[k]).ToList();
            }
        }
    }

    /// <summary>Writes the recorded texts in lint.mjs's input format (a JSON array).</summary>
    public Task SaveAsync(string path, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return File.WriteAllTextAsync(path, CypherLintWire.Texts(Texts), ct);
    }

    /// <summary>Reads texts saved by <see cref="SaveAsync"/>: one file, or every *.json file of a folder.</summary>
    public static async Task<IReadOnlyList<CypherText>> LoadAsync(string path, CancellationToken ct = default)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray()
            : [path];
        var all = new List<CypherText>();
        foreach (var file in files)
        {
            all.AddRange(CypherLintWire.ReadTexts(await File.ReadAllTextAsync(file, ct)));
        }

        return all;
    }
}
