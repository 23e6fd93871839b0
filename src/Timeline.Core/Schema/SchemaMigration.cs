namespace Timeline.Core.Schema;

/// <summary>One named, idempotent unit of schema change: its statements run in order, each on its own,
/// because Neo4j refuses schema and data changes in one transaction.</summary>
public sealed record SchemaMigration(string Id, IReadOnlyList<string> Statements);
