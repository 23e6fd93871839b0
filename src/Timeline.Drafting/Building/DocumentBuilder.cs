using System.Text.Json.Nodes;
using Timeline.Drafting.Dates;
using Timeline.Drafting.Entities;
using Timeline.Drafting.Events;
using Timeline.Drafting.Rules;
using Timeline.Drafting.Speech;
using Timeline.Primitives;

namespace Timeline.Drafting.Building;

/// <summary>Writes the drafts as an ingest document (DESIGN §3) with a note for every item: new entities only when
/// something refers to them or the text names them, graph entities by id alone (their names and descriptions are the
/// graph's), excerpts that are the sentences themselves, dates as PartialDate text or {earliest, latest}.</summary>
internal sealed class DocumentBuilder(DraftingRules rules, IdMaker ids)
{
    private readonly List<DraftNote> _notes = [];
    private readonly JsonArray _entities = [];
    private readonly JsonArray _events = [];
    private readonly JsonArray _statements = [];
    private readonly HashSet<ArticleEntity> _written = [];
    private readonly HashSet<string> _linkNoted = new(StringComparer.Ordinal);

    public Draft Build(Article article, string? headline, IReadOnlyList<ArticleEntity> entities, IReadOnlyList<StatementDraft> statements,
        IReadOnlyList<EventDraft> events, IReadOnlyList<DraftNote> extra)
    {
        var source = Source(article, headline);
        foreach (var st in statements) Statement(st);
        foreach (var ev in events) Event(ev);
        // Named things the text mentions but nothing refers to: proposed all the same, for the analyst to keep or drop.
        foreach (var e in entities.Where(e => e.Link is null && e.Named && e.Kind is { Confidence: >= 0.6 } && !e.Mentions.All(m => m.SentenceInitial)))
            Reference(e, null);
        _notes.AddRange(extra);
        var document = new JsonObject
        {
            ["source"] = source,
            ["entities"] = _entities,
            ["events"] = _events,
            ["statements"] = _statements,
            ["relations"] = new JsonArray(),
        };
        return new Draft(document, _notes.OrderBy(n => SortKey(n.Path), StringComparer.Ordinal).ToList());
    }

    private JsonObject Source(Article article, string? headline)
    {
        var title = article.Title ?? headline;
        if (article.Title is null)
            _notes.Add(headline is null
                ? new DraftNote("$.source.title", 0.2, "the text has no headline line; the title is a placeholder — write one")
                : new DraftNote("$.source.title", 0.7, "title taken from the article's first line"));
        var published = Calendar.DayText(article.Published);
        title ??= $"Article published {published}";
        var id = article.SourceId ?? $"src:{published}-{IdMaker.Slug(title, 6)}";
        if (article.SourceId is null)
            _notes.Add(new DraftNote("$.source.id", 0.8, "source id drafted from the publication date and title"));
        return new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["published"] = published,
            ["publisher"] = article.Publisher,
            ["url"] = article.Url,
            ["language"] = "en",
        };
    }

    private void Statement(StatementDraft st)
    {
        var index = _statements.Count;
        var path = $"$.statements[{index}]";
        var speaker = Reference(st.Speaker, $"{path}.speaker");
        var about = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal) { speaker };
        foreach (var m in st.AboutMentions)
        {
            var id = Reference(m, $"{path}.about[{about.Count}]");
            if (seen.Add(id)) about.Add(id);
        }
        var speakerName = st.Speaker.ViaGovernment?.Name ?? st.Speaker.Entity.Name;
        _statements.Add(new JsonObject
        {
            ["id"] = ids.ForStatement(speakerName.Split(' ')[^1], st.Text),
            ["speaker"] = speaker,
            ["text"] = st.Text,
            ["verbatim"] = st.Verbatim,
            ["date"] = DateJson(st.Date),
            ["about"] = about,
            ["excerpt"] = st.Sentence.Text,
        });
        _notes.Add(new DraftNote(path, st.Confidence, $"{(st.Verbatim ? "quotation" : "reported speech")}: {st.How}"));
        _notes.Add(DateNote(path, st));
    }

    private void Event(EventDraft ev)
    {
        var index = _events.Count;
        var path = $"$.events[{index}]";
        var participants = new JsonArray();
        foreach (var (role, entity) in ev.Participants)
        {
            var id = Reference(entity, $"{path}.participants[{participants.Count}].entity");
            participants.Add(new JsonObject { ["entity"] = id, ["role"] = role.Name });
        }
        var main = ev.Participants.FirstOrDefault(p => p.Role == rules.ObjectRole).Entity ?? ev.Participants[0].Entity;
        _events.Add(new JsonObject
        {
            ["id"] = ids.ForEvent(ev.Type.Name, main.ViaGovernment?.Name ?? main.Entity.Name, ev.Date?.RangeEarliest?.Text ?? ev.Date?.Text),
            ["type"] = ev.Type.Name,
            ["title"] = ev.Title,
            ["date"] = DateJson(ev.Date),
            ["participants"] = participants,
            ["excerpt"] = ev.Sentence.Text,
        });
        _notes.Add(new DraftNote(path, Math.Round(ev.Confidence, 2), string.Join("; ", ev.Reasons)));
        _notes.Add(DateNote(path, ev));
    }

    private string Reference(Mention m, string path) =>
        Reference(new Resolution(m.Entity!, 1.0, null), path);

    private string Reference(Resolution r, string? path)
    {
        if (r.ViaGovernment is { } government)
        {
            if (path is not null && _linkNoted.Add(government.Id))
                _notes.Add(new DraftNote(path, 0.7, $"linked to {government.Id} ('{government.Name}'): {r.Entity.Name} acts and speaks through its government"));
            return government.Id;
        }
        return Reference(r.Entity, path);
    }

    private string Reference(ArticleEntity e, string? path)
    {
        if (e.Link is { } link)
        {
            if (path is not null && _linkNoted.Add(link.Id))
                _notes.Add(new DraftNote(path, Math.Round(e.LinkConfidence, 2), e.LinkNote ?? $"linked to {link.Id}"));
            return link.Id;
        }
        if (_written.Add(e))
        {
            var kind = e.Kind?.Kind ?? rules.FallbackKind;
            e.Id = ids.ForEntity(kind, e.Named ? e.Name : Describe(e));
            var aliases = new JsonArray();
            foreach (var name in e.Names.Where(n => n != e.Name)) aliases.Add(name);
            var entity = new JsonObject
            {
                ["id"] = e.Id,
                ["kind"] = kind.Name,
                ["name"] = e.Named ? e.Name : Describe(e),
                ["aliases"] = aliases,
                ["description"] = !e.Named ? $"Unnamed; the article describes it as '{e.Name}'."
                    : e.Titles.Count > 0 ? $"Called {string.Join(", ", e.Titles.Select(t => $"'{t}'"))} in the article." : null,
                ["properties"] = new JsonObject(),
            };
            if (!e.Named) entity["named"] = false;
            var at = $"$.entities[{_entities.Count}]";
            _entities.Add(entity);
            var kindNote = e.Kind is null
                ? $"kind not evident from the text; {kind.Name} is a guess"
                : $"kind {kind.Name}: {e.Kind.Reason}";
            var message = $"proposed new {(e.Named ? "" : "unnamed ")}entity; {kindNote}";
            if (e.LinkNote is not null) message += $"; {e.LinkNote}";
            _notes.Add(new DraftNote(at, Math.Round(e.Kind?.Confidence ?? 0.3, 2), message));
        }
        return e.Id;
    }

    private static DraftNote DateNote(string path, IDatedDraft item) => new($"{path}.date", item.DateConfidence, item.DateReason ?? "");

    // Notes in document order: $.entities[2] before $.entities[10] (indexes padded), sections as the document has them.
    private static string SortKey(string path)
    {
        var section = Array.FindIndex(["$.source", "$.entities", "$.events", "$.statements"], p => path.StartsWith(p, StringComparison.Ordinal));
        return $"{section + 1}" + System.Text.RegularExpressions.Regex.Replace(path, @"\d+", m => m.Value.PadLeft(6, '0'));
    }

    // "senior official at the justice ministry" → "Senior official at the justice ministry (unnamed)"
    private static string Describe(ArticleEntity e)
    {
        var name = e.Name;
        return char.ToUpperInvariant(name[0]) + name[1..] + (e.Plural ? " (group)" : " (unnamed)");
    }

    private static JsonNode? DateJson(PartialDate? date) =>
        date switch
        {
            null => null,
            { Precision: DatePrecision.Range } => new JsonObject { ["earliest"] = date.RangeEarliest!.Text, ["latest"] = date.RangeLatest!.Text },
            _ => JsonValue.Create(date.Text),
        };
}
