using Timeline.Core.Ontology;
using Timeline.Drafting.Rules;

namespace Timeline.UnitTests.Drafting;

/// <summary>The rules are data bound to the ontology: names it does not declare stop them loading, and an event type
/// the ontology adds without a rule is recognised by the verb its own name gives.</summary>
public sealed class DraftingRulesTests
{
    [Fact]
    public void The_default_rules_bind_to_the_default_ontology_and_cue_every_event_type()
    {
        var rules = DraftingRules.For(OntologyModel.Default);

        foreach (var type in OntologyModel.Default.EventTypes)
            Assert.Contains(rules.EventCues, c => c.Type == type);
    }

    [Theory]
    [InlineData("eventTypes:\n  Coronation: { verbs: [crown] }\n", "eventTypes.Coronation is not an event type of the ontology")]
    [InlineData("kinds:\n  Planet: { words: [planet] }\n", "kinds.Planet is not a kind of the ontology")]
    [InlineData("eventTypes:\n  Meeting: { verbs: [meet], subject: host }\n", "role 'host'")]
    [InlineData("fallbackKind: Thing\n", "fallbackKind 'Thing'")]
    [InlineData("speech: { cues: [say], whispers: [psst] }\n", "line")]
    public void A_rule_naming_what_the_ontology_lacks_fails_fast_and_says_where(string change, string messagePart)
    {
        var yaml = Replace(change);
        var e = Assert.Throws<DraftingRulesException>(() => DraftingRules.Parse(yaml, OntologyModel.Default));
        Assert.Contains(messagePart, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_type_added_to_the_ontology_is_recognised_by_its_own_verb_without_a_rule()
    {
        var ontology = OntologyModel.Parse(OntologyModel.DefaultYaml.Replace(
            "eventTypes:\n", "eventTypes:\n  Evacuation: { description: People moved out of danger. }\n", StringComparison.Ordinal));
        var rules = DraftingRules.Parse(DefaultRules, ontology);

        Assert.Contains(rules.EventCues, c => c.Type.Name == "Evacuation" && c.Words.SequenceEqual(["evacuated"]));
    }

    [Theory]
    [InlineData("Seizure", "seize")]
    [InlineData("Deployment", "deploy")]
    [InlineData("Abduction", "abduct")]
    [InlineData("Negotiation", "negotiate")]
    [InlineData("Meeting", "meet")]
    [InlineData("Release", "release")]
    [InlineData("Detention", null)]
    public void The_verb_of_an_event_type_name(string noun, string? verb) =>
        Assert.Equal(verb, Inflection.VerbOfNoun(noun));

    private static string DefaultRules
    {
        get
        {
            using var stream = typeof(DraftingRules).Assembly.GetManifestResourceStream(DraftingRules.ResourceName)!;
            return new StreamReader(stream).ReadToEnd();
        }
    }

    // The default rules with one top-level section replaced (or added).
    private static string Replace(string section)
    {
        var key = section[..section.IndexOf(':', StringComparison.Ordinal)];
        var lines = DefaultRules.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (start < 0) return DefaultRules + "\n" + section;
        var end = lines.FindIndex(start + 1, l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && !l.StartsWith('#'));
        if (end < 0) end = lines.Count;
        lines.RemoveRange(start, end - start);
        lines.Insert(start, section);
        return string.Join('\n', lines);
    }
}
