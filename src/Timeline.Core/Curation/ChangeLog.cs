using Timeline.Core.Ontology;
using Timeline.Neo4j;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Curation;

/// <summary>The record of changes, as <c>(:Change)</c> bookkeeping nodes written in the same transaction as the change
/// itself (a change that did not land leaves no record of having landed).</summary>
public static class ChangeLog
{
    private static readonly string CreateCypher = $"CREATE (c:{GraphLabels.Change}) SET c = $props";

    /// <summary>The statement that records <paramref name="change"/>.</summary>
    public static Statement Write(ChangeRecord change) => new(CreateCypher, new Dictionary<string, object?>
    {
        ["props"] = new Dictionary<string, object?>
        {
            [P.Id] = change.Id,
            [P.At] = change.At,
            [P.Actor] = change.Actor,
            [P.Action] = change.Action,
            [P.SourceId] = change.SourceId,
            [P.Reason] = change.Reason,
            [P.Targets] = change.Targets.ToList(),
            [P.Detail] = change.Detail,
        },
    });
}
