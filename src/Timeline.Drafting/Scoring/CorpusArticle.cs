using System.Text.Json;

namespace Timeline.Drafting.Scoring;

/// <summary>An article of a scoring corpus: its text and its hand-written gold document (whose source gives the
/// publication date, title, publisher and id the draft is made with).</summary>
public sealed record CorpusArticle(string Name, string Text, JsonElement Gold)
{
    /// <summary>The file the graph's entities are read from, in a corpus folder.</summary>
    public const string KnownEntitiesFile = "known-entities.json";

    /// <summary>The drafter's input for this article, with the gold's source fields.</summary>
    public Article ToArticle()
    {
        var source = Gold.GetProperty("source");
        string? Field(string name) => source.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (!Article.TryParsePublished(Field("published"), out var published, out var error))
            throw new FormatException($"{Name}: $.source.published: {error}");
        return new Article(Text, published)
        {
            SourceId = Field("id"),
            Title = Field("title"),
            Publisher = Field("publisher"),
            Url = Field("url"),
        };
    }

    /// <summary>The pairs <c>NAME.txt</c> + <c>NAME.json</c> of a folder, in name order.</summary>
    public static IReadOnlyList<CorpusArticle> Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new IOException($"'{directory}' is not a folder.");
        var articles = new List<CorpusArticle>();
        foreach (var txt in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var json = Path.ChangeExtension(txt, ".json");
            if (!File.Exists(json)) throw new IOException($"'{txt}' has no gold document '{Path.GetFileName(json)}' beside it.");
            articles.Add(Load(txt, json));
        }
        if (articles.Count == 0) throw new IOException($"'{directory}' holds no article (*.txt with a gold *.json beside it).");
        return articles;
    }

    /// <summary>One article and its gold document.</summary>
    public static CorpusArticle Load(string textFile, string goldFile) =>
        new(Path.GetFileNameWithoutExtension(textFile), File.ReadAllText(textFile),
            JsonDocument.Parse(File.ReadAllBytes(goldFile)).RootElement.Clone());

    /// <summary>The ids of the entities of these ingest documents (what the graph holds when the articles are drafted).</summary>
    public static IReadOnlySet<string> EntityIds(IEnumerable<JsonElement> documents) =>
        documents.Where(d => d.TryGetProperty("entities", out var e) && e.ValueKind == JsonValueKind.Array)
            .SelectMany(d => d.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()!))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The ingest documents of a corpus folder's <see cref="KnownEntitiesFile"/>, or none.</summary>
    public static IReadOnlyList<JsonElement> KnownEntities(string directory)
    {
        var file = Path.Combine(directory, KnownEntitiesFile);
        return File.Exists(file) ? [JsonDocument.Parse(File.ReadAllBytes(file)).RootElement.Clone()] : [];
    }
}
