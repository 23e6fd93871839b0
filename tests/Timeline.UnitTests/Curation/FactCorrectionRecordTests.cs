using Timeline.Core.Curation;

namespace Timeline.UnitTests.Curation;

/// <summary>A fact's one correction record: later corrections merge in field by field, and what is stored reads back the same.</summary>
public sealed class FactCorrectionRecordTests
{
    [Fact]
    public void A_later_correction_wins_per_field_and_keeps_the_fields_it_does_not_name()
    {
        var first = FactCorrection.None("event:x", FactKind.Event)
            .With(new Dictionary<string, object?> { ["title"] = "A", ["ordinal"] = 2L }, [new CorrectedParticipant("person:a", "agent")]);
        var second = first.With(new Dictionary<string, object?> { ["title"] = "B", ["description"] = null }, null);

        Assert.Equal([("description", null), ("ordinal", 2L), ("title", "B")], second.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
        Assert.Equal([new CorrectedParticipant("person:a", "agent")], second.Participants);
        Assert.Equal("""{"description":null,"ordinal":2,"title":"B"}""", second.ValuesJson());

        var read = FactCorrection.Parse("event:x", FactKind.Event, second.ValuesJson(), second.ParticipantsJson(), withdrawn: true);
        Assert.Equal(second.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal), read.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(second.Participants, read.Participants);
        Assert.True(read.Withdrawn);
    }

    [Theory]
    [InlineData("RECOGNIZES:country:x->person:y", "RECOGNIZES", "country:x", "person:y", "")]
    [InlineData("HOLDS_POSITION:person:y->gov:x|interim president", "HOLDS_POSITION", "person:y", "gov:x", "interim president")]
    public void A_relation_id_reads_back_into_its_type_ends_and_key(string id, string type, string from, string to, string key)
    {
        Assert.True(RelationId.TryParse(id, out var t, out var f, out var o, out var k));
        Assert.Equal((type, from, to, key), (t, f, o, k));
        Assert.Equal(id, RelationId.Of(t, f, o, k));
    }

    [Theory]
    [InlineData("event:us-strike")]
    [InlineData("stmt:a->b")]
    [InlineData("RECOGNIZES:country:x")]
    public void A_node_id_is_not_a_relation_id(string id) => Assert.False(RelationId.TryParse(id, out _, out _, out _, out _));
}
