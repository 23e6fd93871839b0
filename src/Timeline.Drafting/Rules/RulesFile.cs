namespace Timeline.Drafting.Rules;

// The shape of drafting-rules.yaml, as YamlDotNet reads it (unknown keys are an error).
internal sealed class RulesFile
{
    public SpeechSection Speech { get; set; } = new();
    public PronounSection Pronouns { get; set; } = new();
    public Dictionary<string, KindSection> Kinds { get; set; } = [];
    public Dictionary<string, string> Structure { get; set; } = [];
    public Dictionary<string, EventTypeSection> EventTypes { get; set; } = [];
    public Dictionary<string, List<string>> Irregular { get; set; } = [];
    public Dictionary<string, PrepositionSection> ParticipantPrepositions { get; set; } = [];
    public List<string> Future { get; set; } = [];
    public string FallbackKind { get; set; } = "";
    public List<string> NotNames { get; set; } = [];

    internal sealed class SpeechSection
    {
        public List<string> Cues { get; set; } = [];
        public List<string> LabelCues { get; set; } = [];
        public List<string> Adverbials { get; set; } = [];
        public List<string> ThatOptional { get; set; } = [];
        public List<string> According { get; set; } = [];
    }

    internal sealed class PrepositionSection
    {
        public List<string> Prepositions { get; set; } = [];
        public List<string> Kinds { get; set; } = [];
    }

    internal sealed class PronounSection
    {
        public List<string> Person { get; set; } = [];
        public List<string> Group { get; set; } = [];
        public List<string> Thing { get; set; } = [];
    }

    internal sealed class KindSection
    {
        public List<string> Words { get; set; } = [];
        public List<string> Heads { get; set; } = [];
        public List<string> Before { get; set; } = [];
        public List<string> Titles { get; set; } = [];
        public List<string> Prefixes { get; set; } = [];
        public List<string> Prepositions { get; set; } = [];
        public List<string> Anaphors { get; set; } = [];
        public string? IdPrefix { get; set; }
    }

    internal sealed class EventTypeSection
    {
        public List<string> Verbs { get; set; } = [];
        public List<string> Irregular { get; set; } = [];
        public List<string> Phrases { get; set; } = [];
        public string? Subject { get; set; }
        public string? Object { get; set; }
    }
}
