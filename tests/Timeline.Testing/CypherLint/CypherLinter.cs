namespace Timeline.Testing.CypherLint;

/// <summary>
/// Checks Cypher texts with Neo4j's own Cypher 5 linter (npm @neo4j-cypher/language-support, pinned
/// in tools/cypher-lint). The linter gets Neo4j 5's built-in function and procedure registry, so
/// removed syntax, removed or unknown functions and procedures (toInt, db.indexes, apoc.*),
/// deprecations and undefined parameters are all reported. Loading the linter costs ~1.5 s and a text
/// 0.05–5 s (it grows with the text), so pass every text in one call: a call is one Node process, which
/// shares a batch out among a thread per core, and identical texts are linted once.
/// </summary>
public static class CypherLinter
{
    private static long runsStarted;

    /// <summary>How many linter processes this test process has started (one per non-empty batch).</summary>
    public static long RunsStarted => Interlocked.Read(ref runsStarted);

    /// <summary>Lints every text in one linter process; results come back in input order.</summary>
    /// <param name="texts">The texts, each with the parameter names sent with it.</param>
    /// <param name="schema">Optional known labels, relationship types and property keys.</param>
    /// <param name="ct">Cancels the run (the Node process is killed).</param>
    public static async Task<IReadOnlyList<CypherLintResult>> LintAsync(
        IEnumerable<CypherText> texts, CypherLintSchema? schema = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        schema?.Validate();
        var all = texts.ToList();
        if (all.Count == 0)
        {
            return [];
        }

        // The same text with the same parameters lints the same: send it once.
        var distinct = new List<CypherText>();
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var slots = new int[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            var key = DistinctKey(all[i]);
            if (!slotOf.TryGetValue(key, out var slot))
            {
                slot = distinct.Count;
                slotOf[key] = slot;
                distinct.Add(all[i]);
            }

            slots[i] = slot;
        }

        var run = Interlocked.Increment(ref runsStarted);
        // Only bounds a hang: ~1 s a text on average and a few seconds of start-up on an idle machine, more on an overloaded one.
        var timeout = TimeSpan.FromSeconds(600 + 2 * distinct.Count);
        var reply = await CypherLintTool.RunAsync(CypherLintWire.Request(distinct, schema), timeout, ct);
        var diagnostics = CypherLintWire.Reply(reply, distinct.Count);
        return all.Select((text, i) => new CypherLintResult(text, diagnostics[slots[i]], run)).ToList();
    }

    /// <summary>Lints texts named by where they come from, declaring the parameters each text uses.</summary>
    public static Task<IReadOnlyList<CypherLintResult>> LintAsync(
        IEnumerable<(string Name, string Query)> texts, CypherLintSchema? schema = null, CancellationToken ct = default) =>
        LintAsync(texts.Select(t => CypherText.FromQuery(t.Name, t.Query)), schema, ct);

    /// <summary>
    /// Lints the texts in one batch and throws <see cref="CypherLintFailedException"/> naming every
    /// text that has any error or warning (deprecations fail the check too).
    /// </summary>
    public static async Task AssertCypher5Async(
        IEnumerable<CypherText> texts, CypherLintSchema? schema = null, CancellationToken ct = default) =>
        AssertClean(await LintAsync(texts, schema, ct));

    /// <summary>Throws <see cref="CypherLintFailedException"/> if any result has an error or a warning.</summary>
    public static void AssertClean(IEnumerable<CypherLintResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var all = results.ToList();
        var failures = all.Where(r => !r.IsClean).ToList();
        if (failures.Count > 0)
        {
            throw new CypherLintFailedException(failures, all.Count);
        }
    }

    private static string DistinctKey(CypherText text) =>
        text.Query + "\0" + string.Join("\0", text.ParameterNames.Order(StringComparer.Ordinal));
}
