using System.Text.Json.Nodes;

namespace Timeline.Drafting;

/// <summary>A draft: an ingest document (DESIGN §3) that validates as it is, and a note for every item in it.</summary>
/// <param name="Document">The ingest document.</param>
/// <param name="Notes">One or more notes per item, in document order.</param>
public sealed record Draft(JsonObject Document, IReadOnlyList<DraftNote> Notes);
