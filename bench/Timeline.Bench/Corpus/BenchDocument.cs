namespace Timeline.Bench.Corpus;

/// <summary>One generated ingest document (DESIGN.md §3), kept as data so that the JSON for the pipeline and the rows of
/// the hand-written baseline come from the same facts.</summary>
internal sealed record BenchDocument(
    BenchSource Source,
    IReadOnlyList<BenchEntity> Entities,
    IReadOnlyList<BenchEvent> Events,
    IReadOnlyList<BenchStatement> Statements,
    IReadOnlyList<BenchRelation> Relations)
{
    /// <summary>Facts the document states: entities, events, participations, statements, about-links and relations.</summary>
    public int FactCount =>
        Entities.Count + Events.Count + Events.Sum(e => e.Participants.Count)
        + Statements.Count + Statements.Sum(s => s.About.Count) + Relations.Count;
}

internal sealed record BenchSource(string Id, string Title, string Published, string Publisher, string Url);

internal sealed record BenchEntity(
    string Id, string Kind, string Name, IReadOnlyList<string> Aliases, string Description, bool Named,
    IReadOnlyDictionary<string, string> Properties);

internal sealed record BenchParticipant(string Entity, string Role);

internal sealed record BenchEvent(
    string Id, string Type, string Title, BenchDate Date, IReadOnlyList<BenchParticipant> Participants, string Excerpt);

internal sealed record BenchStatement(
    string Id, string Speaker, string Text, bool Verbatim, BenchDate? Date, IReadOnlyList<string> About, string Excerpt);

internal sealed record BenchRelation(
    string Type, string From, string To, IReadOnlyDictionary<string, string> Properties, BenchDate? ValidFrom, BenchDate? ValidTo,
    string Excerpt);

/// <summary>A PartialDate as the document states it: one ISO-prefix text, or a range (earliest, latest).</summary>
internal sealed record BenchDate(string Text, string? Latest = null)
{
    public bool IsRange => Latest is not null;
}
