namespace Timeline.Bench.Corpus;

/// <summary>Renames every id of a document with a prefix, so that a second copy of the same facts can live in the same
/// database (the hand-written baseline writes its copy beside the pipeline's, chunk by chunk, then it is deleted).</summary>
internal static class IdPrefix
{
    public static BenchDocument Apply(BenchDocument doc, string prefix)
    {
        string P(string id) => prefix + id;
        return new BenchDocument(
            doc.Source with { Id = P(doc.Source.Id) },
            doc.Entities.Select(e => e with { Id = P(e.Id) }).ToList(),
            doc.Events.Select(e => e with { Id = P(e.Id), Participants = e.Participants.Select(p => p with { Entity = P(p.Entity) }).ToList() }).ToList(),
            doc.Statements.Select(s => s with { Id = P(s.Id), Speaker = P(s.Speaker), About = s.About.Select(P).ToList() }).ToList(),
            doc.Relations.Select(r => r with { From = P(r.From), To = P(r.To) }).ToList());
    }
}
