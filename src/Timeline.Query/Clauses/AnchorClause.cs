using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>Looks up the nodes the arguments name by id, each by its indexed id under each of its labels. Reported (the
/// service): every lookup is an OPTIONAL MATCH and the anchors are carried on, so an unknown id still yields a row that
/// says so. For Browser: a single-label anchor is a plain MATCH (an unknown id gives no rows).</summary>
public sealed class AnchorClause(IReadOnlyList<Anchor> anchors) : Clause
{
    /// <summary>The anchors, in order.</summary>
    public IReadOnlyList<Anchor> Anchors => anchors;

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        var finals = new List<string>();
        var coalesced = false;
        foreach (var anchor in anchors)
        {
            var owner = new object();
            var alternatives = new List<string>();
            foreach (var label in anchor.Labels)
            {
                var variable = anchor.Labels.Count == 1 ? anchor.Variable : new CypherVariable(b.Name(anchor.Variable) + label);
                var name = b.Name(variable);
                var optional = w.ReportsAnchors || anchor.Labels.Count > 1 ? "OPTIONAL " : "";
                w.Text.Append($"{optional}MATCH ({name}:{CypherNames.Label(label)} {{id: {b.Parameter(owner, anchor.ParameterHint, anchor.Id)}}})\n");
                alternatives.Add(name);
            }
            coalesced |= alternatives.Count > 1;
            finals.Add(alternatives.Count == 1 ? alternatives[0] : $"coalesce({string.Join(", ", alternatives)}) AS {b.Name(anchor.Variable)}");
        }
        if (w.ReportsAnchors || coalesced)
            w.Text.Append("WITH ").Append(string.Join(", ", w.Carried.Concat(finals))).Append('\n');
        w.Carried.AddRange(anchors.Select(a => b.Name(a.Variable)));
        w.Anchors.AddRange(anchors);
    }
}
