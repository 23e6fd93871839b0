using System.Globalization;
using System.Text.Json.Nodes;
using Timeline.Core.Ontology;
using Timeline.Drafting;
using Timeline.Drafting.Linking;

namespace Timeline.UnitTests.Drafting;

/// <summary>Drafts small texts written for a test. Nothing is linked (no entity is known) unless the test names
/// known entities; linking to a real graph is tested against Neo4j in the integration tests.</summary>
internal static class Drafts
{
    public static Draft Of(string text, string published, KnownEntityCatalog? known = null) =>
        new RuleBasedExtractor(OntologyModel.Default, known ?? new KnownEntityCatalog())
            .DraftAsync(new Article(text, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)) { Title = "Test article" })
            .GetAwaiter().GetResult();

    public static JsonArray Statements(this Draft d) => d.Document["statements"]!.AsArray();

    public static JsonArray Events(this Draft d) => d.Document["events"]!.AsArray();

    public static JsonArray Entities(this Draft d) => d.Document["entities"]!.AsArray();

    public static string Str(this JsonNode? node, string field) => node![field]!.GetValue<string>();

    /// <summary>The name of the entity an id stands for (a drafted entity's name, or the id itself).</summary>
    public static string NameOf(this Draft d, string id) =>
        d.Entities().FirstOrDefault(e => e.Str("id") == id) is { } e ? e.Str("name") : id;

    /// <summary>A date as the document writes it: "2026-03-10" or "2026-03-10/2026-03-11".</summary>
    public static string? DateText(this JsonNode? item) =>
        item!["date"] switch
        {
            null => null,
            JsonObject range => $"{range["earliest"]!.GetValue<string>()}/{range["latest"]!.GetValue<string>()}",
            var value => value.GetValue<string>(),
        };

    public static JsonNode Statement(this Draft d, string textPart) =>
        d.Statements().Single(s => s.Str("text").Contains(textPart, StringComparison.Ordinal))!;
}
