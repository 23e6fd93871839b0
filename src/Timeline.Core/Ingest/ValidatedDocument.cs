namespace Timeline.Core.Ingest;

/// <summary>
/// A valid ingest document in typed form. Lists keep document order, so index i of a list is index i of the
/// JSON array (error paths can be rebuilt from positions).
/// </summary>
/// <param name="Source">The source the document reports.</param>
/// <param name="Entities">The <c>entities</c> array.</param>
/// <param name="Events">The <c>events</c> array.</param>
/// <param name="Statements">The <c>statements</c> array.</param>
/// <param name="Relations">The <c>relations</c> array.</param>
public sealed record ValidatedDocument(
    SourceRecord Source,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<EventRecord> Events,
    IReadOnlyList<StatementRecord> Statements,
    IReadOnlyList<RelationRecord> Relations);
