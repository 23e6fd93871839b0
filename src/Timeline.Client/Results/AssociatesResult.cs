using Microsoft.Data.Analysis;

namespace Timeline.Client;

/// <summary>Who appears with <see cref="EntityId"/>, ranked by the number of shared items (then by id).</summary>
public sealed record AssociatesResult(string EntityId, IReadOnlyList<Associate> Items)
{
    /// <summary>One row per associate: id, name, kind, sharedEvents, sharedStatements, total, first, last (date texts) and
    /// sample (the sample items' titles).</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("id", Items.Select(a => a.Entity.Id)),
        new StringDataFrameColumn("name", Items.Select(a => a.Entity.Name)),
        new StringDataFrameColumn("kind", Items.Select(a => a.Entity.Kind)),
        new PrimitiveDataFrameColumn<int>("sharedEvents", Items.Select(a => a.SharedEvents)),
        new PrimitiveDataFrameColumn<int>("sharedStatements", Items.Select(a => a.SharedStatements)),
        new PrimitiveDataFrameColumn<int>("total", Items.Select(a => a.Total)),
        new StringDataFrameColumn("first", Items.Select(a => a.First?.Text)),
        new StringDataFrameColumn("last", Items.Select(a => a.Last?.Text)),
        new StringDataFrameColumn("sample", Items.Select(a => string.Join("; ", a.Sample.Select(i => i.Title)))));
}
