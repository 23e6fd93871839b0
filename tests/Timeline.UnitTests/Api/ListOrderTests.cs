using Timeline.Query.Cypher;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.UnitTests.Api;

/// <summary>A list of every element, sorted, is ordered where the answer is shaped (<see cref="ListQuery.Order"/>), as the
/// statement's insertion sort ordered it: by key tuple, text by UTF-16 code unit (as Cypher compares strings), one element per
/// key tuple (the last matched).</summary>
public sealed class ListOrderTests
{
    private static Dictionary<string, object?> Participant(string role, string id, string name = "") =>
        new() { ["__s0"] = role, ["__s1"] = id, ["name"] = name };

    [Fact]
    public void An_events_participants_come_out_by_role_then_id_whatever_order_they_matched_in()
    {
        var participants = new ParticipantsList(new CypherVariable("event"));
        var query = participants.Project(new ProjectionNode(null, "Participant", null));
        Assert.True(query.OrderedByReader);

        var matched = new List<object?>
        {
            Participant("target", "person:b"), Participant("", "country:z"), Participant("actor", "person:é"),
            Participant("actor", "person:Z"), Participant("target", "person:a", "first"), Participant("actor", "person:e"),
            Participant("target", "person:a", "second"),
        };
        var ordered = query.Order(matched).Cast<Dictionary<string, object?>>().Select(p => $"{p["__s0"]}/{p["__s1"]}/{p["name"]}").ToList();

        // '' before any role; 'Z' (U+005A) before 'e' before 'é' (U+00E9); the two matches of one (role, id): the last kept.
        Assert.Equal(["/country:z/", "actor/person:Z/", "actor/person:e/", "actor/person:é/", "target/person:a/second", "target/person:b/"], ordered);
    }

    [Fact]
    public void A_long_list_is_ordered_alike()
    {
        var query = new ParticipantsList(new CypherVariable("event")).Project(new ProjectionNode(null, "Participant", null));
        // 60 matches of 30 (role, id) tuples, each twice, in a scrambled order; the second match of each is named "late".
        var tuples = Enumerable.Range(0, 30).Select(i => (Role: i % 3 == 0 ? "" : $"role{i % 3}", Id: $"person:{(i * 7) % 30:00}")).ToList();
        var matched = tuples.Select((t, i) => (Order: (i * 13) % 30, Item: Participant(t.Role, t.Id, "early")))
            .Concat(tuples.Select((t, i) => (Order: 30 + (i * 17) % 30, Item: Participant(t.Role, t.Id, "late"))))
            .OrderBy(m => m.Order).Select(m => (object?)m.Item).ToList();

        var ordered = query.Order(matched).Cast<Dictionary<string, object?>>().ToList();

        var expected = tuples.OrderBy(t => t.Role, StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal).Select(t => $"{t.Role}/{t.Id}/late");
        Assert.Equal(expected, ordered.Select(p => $"{p["__s0"]}/{p["__s1"]}/{p["name"]}"));
    }

    [Fact]
    public void Keys_the_element_shows_are_read_from_its_fields_not_sent_twice()
    {
        var participants = new ParticipantsList(new CypherVariable("event"));
        var entity = new ProjectionNode(participants.Entity, "Person", null);
        entity.Add("id", "id", new PropertyValue(participants.Entity, "id"), null);
        var element = new ProjectionNode(null, "Participant", null);
        element.Add("role", "role", new PropertyValue(participants.Participation, "role"), null);
        element.Add("entity", "who", entity, null);
        var query = participants.Project(element);

        var cypher = query.Write(CypherBuilder.ForParameters(), forReader: true);
        Assert.DoesNotContain("__s", cypher, StringComparison.Ordinal);

        static Dictionary<string, object?> Shown(string? role, string id) =>
            new() { ["role"] = role, ["entity"] = new Dictionary<string, object?> { ["id"] = id } };
        var matched = new List<object?> { Shown("target", "person:b"), Shown(null, "country:z"), Shown("actor", "person:e"), Shown("", "country:a") };
        var ordered = query.Order(matched).Cast<Dictionary<string, object?>>()
            .Select(p => $"{p["role"]}/{((Dictionary<string, object?>)p["entity"]!)["id"]}").ToList();
        // A missing role sorts as the empty text, as the statement's coalesce(role, '') did.
        Assert.Equal(["/country:a", "/country:z", "actor/person:e", "target/person:b"], ordered);
    }

    [Fact]
    public void Keys_the_element_does_not_show_are_carried_hidden()
    {
        var participants = new ParticipantsList(new CypherVariable("event"));
        var element = new ProjectionNode(null, "Participant", null);
        element.Add("role", "role", new PropertyValue(participants.Participation, "role"), null);
        var cypher = participants.Project(element).Write(CypherBuilder.ForParameters(), forReader: true);
        Assert.DoesNotContain("__s0", cypher, StringComparison.Ordinal);
        Assert.Contains("__s1: participant.id", cypher, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_or_unsorted_list_is_left_as_it_is()
    {
        var participants = new ParticipantsList(new CypherVariable("event"));
        var unsorted = participants.Project(new ProjectionNode(null, "Participant", null), sorted: false);
        Assert.False(unsorted.OrderedByReader);
        var matched = new List<object?> { Participant("target", "person:b"), Participant("actor", "person:a") };
        Assert.Same(matched, unsorted.Order(matched));
    }
}
