using Timeline.Core.Ontology;
using Timeline.Neo4j;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Core.Curation;

/// <summary>The record of changes, as <c>(:Change)</c> bookkeeping nodes written in the same transaction as the change
/// itself (a change that did not land leaves no record of having landed).</summary>
public static class ChangeLog
{
    // One text for one record or many (a bulk batch's, a restore's chunk): each row a record's properties.
    private static readonly string CreateCypher = $"UNWIND $changes AS props CREATE (c:{GraphLabels.Change}) SET c = props";

    /// <summary>The RETURN items that read a change record bound to <paramref name="variable"/> (what <see cref="Read"/> takes).</summary>
    public static string Columns(string variable) =>
        $"{variable}.{P.Id} AS id, {variable}.{P.At} AS at, {variable}.{P.Actor} AS actor, {variable}.{P.Action} AS action, " +
        $"{variable}.{P.SourceId} AS sourceId, {variable}.{P.Reason} AS reason, {variable}.{P.Targets} AS targets, {variable}.{P.Detail} AS detail";

    /// <summary>A change record read through <see cref="Columns"/>.</summary>
    public static ChangeRecord Read(Neo4jRecord record) =>
        new(record.Get<string>("id"), record.Get<string>("at"), record.Get<string>("actor"), record.Get<string>("action"),
            record.Get<string?>("sourceId"), record.Get<string?>("reason"), record.Get<List<string>?>("targets") ?? [], record.Get<string?>("detail"));

    /// <summary>The statement that records <paramref name="change"/>.</summary>
    public static Statement Write(ChangeRecord change) => Write([change]);

    /// <summary>The statement that records <paramref name="changes"/>, in order.</summary>
    public static Statement Write(IEnumerable<ChangeRecord> changes) => new(CreateCypher, new Dictionary<string, object?>
    {
        ["changes"] = changes.Select(change => (object?)new Dictionary<string, object?>
        {
            [P.Id] = change.Id,
            [P.At] = change.At,
            [P.Actor] = change.Actor,
            [P.Action] = change.Action,
            [P.SourceId] = change.SourceId,
            [P.Reason] = change.Reason,
            [P.Targets] = change.Targets.ToList(),
            [P.Detail] = change.Detail,
        }).ToList(),
    });
}
