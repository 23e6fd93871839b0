using Timeline.Core.Ontology;

namespace Timeline.Bench.Corpus;

/// <summary>Generates N ingest documents, deterministic by seed, shaped like reporting: 10–30 entities drawn by Zipf
/// popularity (hubs in most documents), 3–10 events (some reported again by later documents), 2–8 statements and 5–15
/// relations, dates of mixed precision between 2019 and 2026. Entity ids depend only on the seed and the popularity
/// rank, so the hubs have the same ids at every corpus size.</summary>
internal sealed class CorpusGenerator
{
    private static readonly string[] Speakers = ["Person", "Organization", "Government", "Country"];
    private static readonly string[] Positions = ["president", "interim president", "minister of defence", "foreign minister", "ambassador", "spokesperson", "director", "commander"];
    private static readonly string[] Statuses = ["full", "reduced", "severed"];
    private static readonly string[] Verbs = ["will not accept", "welcomes", "condemns", "is ready to discuss", "denies any role in", "calls for talks about", "warns against"];

    private readonly ulong _seed;
    private readonly OntologyModel _ontology;
    private readonly EntityUniverse _universe;
    private readonly List<BenchEvent> _reportedEvents = [];
    private readonly int _total;

    /// <param name="seed">Same seed, same corpus.</param>
    /// <param name="documents">Corpus size; the entity universe grows with it (4 entities per document, at least 400).</param>
    public CorpusGenerator(ulong seed, int documents, OntologyModel ontology)
    {
        _seed = seed;
        _total = documents;
        _ontology = ontology;
        _universe = new EntityUniverse(seed, Math.Max(400, documents * 4));
    }

    public EntityUniverse Universe => _universe;

    public IEnumerable<BenchDocument> Generate()
    {
        for (var i = 0; i < _total; i++)
            yield return Document(i);
    }

    private BenchDocument Document(int index)
    {
        var rng = SplitMix64.For(_seed, 0xD0C0000000UL + (ulong)index);
        // Publication days run forward through the period, with jitter, so "recent" documents report recent events.
        var spread = (DateMaker.End - DateMaker.Start).TotalDays;
        var published = DateMaker.Start.AddDays(Math.Clamp(spread * (index + rng.NextDouble()) / Math.Max(1, _total) , 0, spread - 1));
        var sourceId = $"src:bench-{index:D6}";
        var source = new BenchSource(sourceId, $"Report {index}: {NameMaker.Word(rng)} and {NameMaker.Word(rng)}",
            DateMaker.Iso(published), $"{NameMaker.Word(rng)} Times", $"https://news.example/{index}");

        // Entities: distinct Zipf draws; the ranks stay with them so later picks favour hubs too.
        var ranks = new List<int>();
        var target = rng.Between(10, 30);
        for (var guard = 0; ranks.Count < target && guard < target * 20; guard++)
        {
            var rank = _universe.Sampler.Sample(rng);
            if (!ranks.Contains(rank))
                ranks.Add(rank);
        }
        if (!ranks.Any(r => Speakers.Contains(_universe.KindOf(r))))
            ranks.Add(3); // a speaker for the statements

        var events = new List<BenchEvent>();
        var eventCount = rng.Between(3, 10);
        for (var e = 0; e < eventCount; e++)
        {
            if (_reportedEvents.Count > 0 && rng.Chance(0.15))
            {
                // The same event reported again: same id and facts, this document's excerpt.
                var earlier = _reportedEvents[_reportedEvents.Count - 1 - rng.Next(Math.Min(_reportedEvents.Count, 300))];
                if (events.Any(x => x.Id == earlier.Id))
                    continue;
                foreach (var p in earlier.Participants)
                {
                    var rank = RankOf(p.Entity);
                    if (!ranks.Contains(rank))
                        ranks.Add(rank);
                }
                events.Add(earlier with { Excerpt = $"As {source.Publisher} reports, {earlier.Title.ToLowerInvariant()}." });
                continue;
            }
            events.Add(NewEvent(rng, index, e, ranks, published));
        }

        var entities = ranks.Select(r => _universe[r]).ToList();
        var statements = new List<BenchStatement>();
        var statementCount = rng.Between(2, 8);
        for (var s = 0; s < statementCount; s++)
            statements.Add(NewStatement(rng, index, s, ranks, events, published));

        var relations = new List<BenchRelation>();
        var keys = new HashSet<string>();
        var relationCount = rng.Between(5, 15);
        for (var guard = 0; relations.Count < relationCount && guard < relationCount * 20; guard++)
        {
            if (NewRelation(rng, ranks, published) is { } relation && keys.Add(Key(relation)))
                relations.Add(relation);
        }

        foreach (var e in events.Where(e => e.Id.StartsWith($"event:bench-{index:D6}-", StringComparison.Ordinal)))
            _reportedEvents.Add(e);
        return new BenchDocument(source, entities, events, statements, relations);
    }

    private BenchEvent NewEvent(SplitMix64 rng, int index, int number, List<int> ranks, DateTime published)
    {
        var type = rng.Pick(_ontology.EventTypes).Name;
        var participants = new List<BenchParticipant>();
        var count = rng.Between(1, 4);
        for (var guard = 0; participants.Count < count && guard < 20; guard++)
        {
            var rank = PickWeighted(rng, ranks);
            var entity = _universe[rank];
            var role = entity.Kind == "Place" ? "location" : rng.Pick(new[] { "agent", "target", "participant", "subject", "agent", "target" });
            if (!participants.Any(p => p.Entity == entity.Id))
                participants.Add(new BenchParticipant(entity.Id, role));
        }
        var names = string.Join(" and ", participants.Take(2).Select(p => _universe[RankOf(p.Entity)].Name));
        var title = $"{type} involving {names}";
        return new BenchEvent($"event:bench-{index:D6}-{number}", type, title, DateMaker.Near(rng, published), participants,
            $"Reporters described the {type.ToLowerInvariant()} involving {names}.");
    }

    private BenchStatement NewStatement(SplitMix64 rng, int index, int number, List<int> ranks, List<BenchEvent> events, DateTime published)
    {
        var speakers = ranks.Where(r => Speakers.Contains(_universe.KindOf(r))).ToList();
        var speaker = _universe[PickWeighted(rng, speakers)];
        var about = new List<string>();
        var count = rng.Between(1, 3);
        for (var guard = 0; about.Count < count && guard < 20; guard++)
        {
            var id = events.Count > 0 && rng.Chance(0.3) ? rng.Pick(events).Id : _universe[PickWeighted(rng, ranks)].Id;
            if (!about.Contains(id))
                about.Add(id);
        }
        var subject = about[0].StartsWith("event:", StringComparison.Ordinal)
            ? events.First(e => e.Id == about[0]).Title.ToLowerInvariant()
            : _universe[RankOf(about[0])].Name;
        var verbatim = rng.Chance(0.4);
        var text = $"{speaker.Name} {rng.Pick(Verbs)} {subject}.";
        return new BenchStatement($"stmt:bench-{index:D6}-{number}", speaker.Id, text, verbatim,
            rng.Chance(0.9) ? DateMaker.Near(rng, published) : null, about, verbatim ? $"“{text}”" : $"According to officials, {text}");
    }

    private BenchRelation? NewRelation(SplitMix64 rng, List<int> ranks, DateTime published)
    {
        var type = rng.Pick(_ontology.RelationTypes);
        var fromRanks = ranks.Where(r => type.From.Any(k => _ontology.FindKind(_universe.KindOf(r))!.IsA(k))).ToList();
        var toRanks = ranks.Where(r => type.To.Any(k => _ontology.FindKind(_universe.KindOf(r))!.IsA(k))).ToList();
        if (fromRanks.Count == 0 || toRanks.Count == 0)
            return null;
        var from = _universe[PickWeighted(rng, fromRanks)];
        var to = _universe[PickWeighted(rng, toRanks)];
        if (from.Id == to.Id)
            return null;
        var props = new Dictionary<string, string>();
        switch (type.Name)
        {
            case "HOLDS_POSITION": props["position"] = rng.Pick(Positions); break;
            case "HAS_DIPLOMATIC_RELATIONS_WITH": props["status"] = rng.Pick(Statuses); break;
            case "RECOGNIZES": props["as"] = "legitimate government"; break;
            case "IN_CUSTODY_OF": props["facility"] = $"{NameMaker.Word(rng)} detention centre"; break;
            case "OPERATES" when rng.Chance(0.5): props["purpose"] = "export"; break;
        }
        var validFrom = rng.Chance(0.4) ? DateMaker.Of(rng, DateMaker.Start.AddDays(rng.Next((int)(published - DateMaker.Start).TotalDays + 1))) : null;
        var validTo = validFrom is not null && rng.Chance(0.2) ? new BenchDate(DateMaker.Iso(published)) : null;
        return new BenchRelation(type.Name, from.Id, to.Id, props, validFrom, validTo, $"{from.Name} and {to.Name}: {type.Description}");
    }

    /// <summary>Among the document's entities, favour the globally popular ones (so hubs take part in many events).</summary>
    private static int PickWeighted(SplitMix64 rng, List<int> ranks)
    {
        var total = ranks.Sum(r => 1.0 / Math.Sqrt(r + 1));
        var x = rng.NextDouble() * total;
        foreach (var r in ranks)
        {
            x -= 1.0 / Math.Sqrt(r + 1);
            if (x <= 0)
                return r;
        }
        return ranks[^1];
    }

    private static int RankOf(string entityId) => int.Parse(entityId[(entityId.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private string Key(BenchRelation r)
    {
        var symmetric = _ontology.FindRelationType(r.Type)!.Symmetric;
        var (a, b) = symmetric && string.CompareOrdinal(r.From, r.To) > 0 ? (r.To, r.From) : (r.From, r.To);
        return $"{r.Type}|{a}|{b}|{r.Properties.GetValueOrDefault("position")}";
    }
}
