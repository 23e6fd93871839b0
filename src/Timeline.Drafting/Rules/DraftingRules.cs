using System.Runtime.CompilerServices;
using Timeline.Core.Ontology;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Timeline.Drafting.Rules;

/// <summary>The drafter's word lists (<c>drafting-rules.yaml</c>), loaded once and bound to an ontology: every kind,
/// event type and role they name is the ontology's own object, and an event type without a rule is still recognised
/// by the verb its name derives from. Immutable.</summary>
public sealed class DraftingRules
{
    /// <summary>Name of the embedded rules resource.</summary>
    public const string ResourceName = "Timeline.Drafting.Rules.yaml";

    private static readonly ConditionalWeakTable<OntologyModel, DraftingRules> ForModel = new();
    private static readonly Lazy<string> DefaultText = new(ReadDefaultYaml);

    private DraftingRules(OntologyModel ontology) => Ontology = ontology;

    /// <summary>The ontology the rules are bound to.</summary>
    public OntologyModel Ontology { get; }

    /// <summary>The embedded rules bound to <paramref name="ontology"/> (parsed once per ontology).</summary>
    /// <exception cref="DraftingRulesException">The rules name something the ontology does not declare.</exception>
    public static DraftingRules For(OntologyModel ontology) => ForModel.GetValue(ontology, o => Parse(DefaultText.Value, o));

    /// <summary>Parses a rules declaration against an ontology.</summary>
    /// <exception cref="DraftingRulesException">The YAML is malformed, has an unknown key, or names a kind, event type or
    /// role the ontology does not declare; the message says which.</exception>
    public static DraftingRules Parse(string yaml, OntologyModel ontology)
    {
        ArgumentNullException.ThrowIfNull(ontology);
        RulesFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<RulesFile>(yaml) ?? new RulesFile();
        }
        catch (YamlException e)
        {
            throw new DraftingRulesException($"drafting rules, line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
        return new DraftingRules(ontology).Bind(file);
    }

    // ---- speech ----
    internal IReadOnlyDictionary<string, string> SpeechCues { get; private set; } = null!;      // form → lemma
    internal IReadOnlySet<string> LabelCues { get; private set; } = null!;
    internal IReadOnlySet<string> Adverbials { get; private set; } = null!;
    internal IReadOnlyList<string[]> According { get; private set; } = null!;
    internal IReadOnlySet<string> ThatOptional { get; private set; } = null!;
    internal IReadOnlySet<string> PersonPronouns { get; private set; } = null!;
    internal IReadOnlySet<string> GroupPronouns { get; private set; } = null!;
    internal IReadOnlySet<string> ThingPronouns { get; private set; } = null!;

    // ---- kinds ----
    internal IReadOnlyList<(string[] Words, EntityKind Kind)> Titles { get; private set; } = null!;
    internal IReadOnlyList<(string[] Words, EntityKind Kind)> Before { get; private set; } = null!;
    internal IReadOnlyList<(string[] Words, EntityKind Kind)> NameWords { get; private set; } = null!;
    internal IReadOnlyDictionary<string, EntityKind> Heads { get; private set; } = null!;
    internal IReadOnlyDictionary<string, EntityKind> Prefixes { get; private set; } = null!;
    internal IReadOnlyDictionary<string, EntityKind> KindPrepositions { get; private set; } = null!;
    internal IReadOnlyList<(string[] Words, EntityKind Kind)> Anaphors { get; private set; } = null!;
    internal IReadOnlyDictionary<EntityKind, string> IdPrefixes { get; private set; } = null!;

    /// <summary>The kind named by titles (Prime Minister …): the kind of people, which he/she refer to.</summary>
    internal EntityKind? PersonKind => Titles.Count > 0 ? Titles[0].Kind : null;

    // ---- events ----
    internal IReadOnlyList<EventCue> EventCues { get; private set; } = null!;
    internal Role SubjectRole { get; private set; } = null!;
    internal Role ObjectRole { get; private set; } = null!;
    internal Role PassiveSubjectRole { get; private set; } = null!;
    internal Role ByAgentRole { get; private set; } = null!;
    internal IReadOnlyDictionary<string, (Role Role, IReadOnlyList<EntityKind> Kinds)> ParticipantPrepositions { get; private set; } = null!;

    /// <summary>Every verb form the rules know (speech cues, event verbs, irregular pasts): such a word ends a noun phrase.</summary>
    internal IReadOnlySet<string> VerbForms { get; private set; } = null!;

    // ---- general ----
    internal IReadOnlyList<string[]> Future { get; private set; } = null!;
    internal IReadOnlySet<string> NotNames { get; private set; } = null!;
    internal EntityKind FallbackKind { get; private set; } = null!;

    private DraftingRules Bind(RulesFile file)
    {
        var irregular = file.Irregular.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
        var cues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lemma in file.Speech.Cues)
        {
            foreach (var form in FormsOf(lemma, irregular))
                cues.TryAdd(form, lemma);
        }
        SpeechCues = cues;
        LabelCues = file.Speech.LabelCues.SelectMany(l => FormsOf(l, irregular)).ToHashSet(StringComparer.Ordinal);
        Adverbials = Lower(file.Speech.Adverbials);
        According = file.Speech.According.Select(Words).ToList();
        ThatOptional = file.Speech.ThatOptional.SelectMany(l => FormsOf(l, irregular)).ToHashSet(StringComparer.Ordinal);
        PersonPronouns = Lower(file.Pronouns.Person);
        GroupPronouns = Lower(file.Pronouns.Group);
        ThingPronouns = Lower(file.Pronouns.Thing);

        var titles = new List<(string[], EntityKind)>();
        var before = new List<(string[], EntityKind)>();
        var nameWords = new List<(string[], EntityKind)>();
        var heads = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var prepositions = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var anaphors = new List<(string[], EntityKind)>();
        var idPrefixes = Ontology.Kinds.ToDictionary(k => k, k => k.Name.ToLowerInvariant());
        foreach (var (kindName, section) in file.Kinds)
        {
            var kind = Ontology.FindKind(kindName)
                ?? throw new DraftingRulesException($"drafting rules: kinds.{kindName} is not a kind of the ontology (it declares {string.Join(", ", Ontology.Kinds.Select(k => k.Name))})");
            titles.AddRange(section.Titles.Select(t => (t.Split(' '), kind)));
            before.AddRange(section.Before.Select(w => (Words(w), kind)));
            nameWords.AddRange(section.Words.Select(w => (Words(w), kind)));
            foreach (var h in section.Heads) heads.TryAdd(h.ToLowerInvariant(), kind);
            foreach (var p in section.Prefixes) prefixes.TryAdd(p, kind);
            foreach (var p in section.Prepositions) prepositions.TryAdd(p.ToLowerInvariant(), kind);
            anaphors.AddRange(section.Anaphors.Select(w => (Words(w), kind)));
            if (section.IdPrefix is { } prefix) idPrefixes[kind] = prefix;
        }
        // Every kind is also recognised by its own name used as a word ("the vessel", "Government of …").
        foreach (var kind in Ontology.Kinds)
            nameWords.Add(([kind.Name.ToLowerInvariant()], kind));
        Titles = LongestFirst(titles);
        Before = LongestFirst(before);
        NameWords = LongestFirst(nameWords);
        Heads = heads;
        Prefixes = prefixes;
        KindPrepositions = prepositions;
        Anaphors = LongestFirst(anaphors);
        IdPrefixes = idPrefixes;

        SubjectRole = StructureRole(file, "subject");
        ObjectRole = StructureRole(file, "object");
        PassiveSubjectRole = StructureRole(file, "passiveSubject");
        ByAgentRole = StructureRole(file, "byAgent");
        foreach (var key in file.Structure.Keys.Except(["subject", "object", "passiveSubject", "byAgent"]))
            throw new DraftingRulesException($"drafting rules: structure.{key} is unknown; expected subject, object, passiveSubject, byAgent");
        var participantPrepositions = new Dictionary<string, (Role, IReadOnlyList<EntityKind>)>(StringComparer.Ordinal);
        foreach (var (roleName, section) in file.ParticipantPrepositions)
        {
            var role = FindRole(roleName, $"participantPrepositions.{roleName}");
            var kinds = section.Kinds.Select(k => Ontology.FindKind(k)
                ?? throw new DraftingRulesException($"drafting rules: participantPrepositions.{roleName}.kinds names '{k}', which is not a kind of the ontology")).ToList();
            foreach (var w in section.Prepositions) participantPrepositions.TryAdd(w.ToLowerInvariant(), (role, kinds));
        }
        ParticipantPrepositions = participantPrepositions;
        EventCues = BindEventCues(file, irregular);
        VerbForms = SpeechCues.Keys.Concat(LabelCues).Concat(EventCues.Where(c => c.Form != EventCueForm.Phrase).Select(c => c.Words[0]))
            .Concat(irregular.Values.SelectMany(v => v)).ToHashSet(StringComparer.Ordinal);

        Future = file.Future.Select(Words).ToList();
        NotNames = file.NotNames.ToHashSet(StringComparer.Ordinal);
        FallbackKind = Ontology.FindKind(file.FallbackKind)
            ?? throw new DraftingRulesException($"drafting rules: fallbackKind '{file.FallbackKind}' is not a kind of the ontology");
        return this;
    }

    private List<EventCue> BindEventCues(RulesFile file, IReadOnlyDictionary<string, IReadOnlyList<string>> irregular)
    {
        foreach (var name in file.EventTypes.Keys.Where(n => Ontology.FindEventType(n) is null))
            throw new DraftingRulesException($"drafting rules: eventTypes.{name} is not an event type of the ontology (it declares {string.Join(", ", Ontology.EventTypes.Select(t => t.Name))})");
        var cues = new List<EventCue>();
        foreach (var type in Ontology.EventTypes)
        {
            var section = file.EventTypes.GetValueOrDefault(type.Name) ?? new RulesFile.EventTypeSection();
            var subject = section.Subject is { } s ? FindRole(s, $"eventTypes.{type.Name}.subject") : SubjectRole;
            var obj = section.Object is { } o ? FindRole(o, $"eventTypes.{type.Name}.object") : ObjectRole;
            var lemmas = section.Verbs.ToList();
            // The ontology's own word: a type added without a rule is still found (Deployment → deployed).
            if (Inflection.VerbOfNoun(LastWord(type.Name)) is { } derived && !lemmas.Contains(derived))
                lemmas.Add(derived);
            foreach (var lemma in lemmas)
            {
                var pasts = irregular.GetValueOrDefault(lemma) ?? [];
                foreach (var past in pasts.Append(Inflection.Past(lemma)).Distinct())
                    cues.Add(new EventCue([past], type, subject, obj, EventCueForm.Past));
                cues.Add(new EventCue([lemma], type, subject, obj, EventCueForm.Base));
            }
            foreach (var past in section.Irregular)
                cues.Add(new EventCue([past], type, subject, obj, EventCueForm.Past));
            foreach (var phrase in section.Phrases)
                cues.Add(new EventCue(Words(phrase), type, subject, obj, EventCueForm.Phrase));
        }
        return cues.OrderByDescending(c => c.Words.Length).ToList();
    }

    private Role StructureRole(RulesFile file, string key) =>
        file.Structure.TryGetValue(key, out var name)
            ? FindRole(name, $"structure.{key}")
            : throw new DraftingRulesException($"drafting rules: structure.{key} is required");

    private Role FindRole(string name, string where) =>
        Ontology.FindRole(name)
        ?? throw new DraftingRulesException($"drafting rules: {where} names role '{name}', which the ontology does not declare (it declares {string.Join(", ", Ontology.Roles.Select(r => r.Name))})");

    private static IEnumerable<string> FormsOf(string lemma, IReadOnlyDictionary<string, IReadOnlyList<string>> irregular)
    {
        yield return lemma;
        yield return Inflection.ThirdPerson(lemma);
        yield return Inflection.Participle(lemma);
        if (irregular.TryGetValue(lemma, out var pasts))
        {
            foreach (var p in pasts) yield return p;
        }
        else
        {
            yield return Inflection.Past(lemma);
        }
    }

    private static string LastWord(string pascal)
    {
        var i = pascal.Length - 1;
        while (i > 0 && !char.IsUpper(pascal[i])) i--;
        return pascal[i..];
    }

    private static string[] Words(string phrase) => phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> Lower(IEnumerable<string> words) => words.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static List<(string[] Words, EntityKind Kind)> LongestFirst(List<(string[] Words, EntityKind Kind)> list) =>
        list.OrderByDescending(x => x.Words.Length).ToList();

    private static string ReadDefaultYaml()
    {
        using var stream = typeof(DraftingRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
