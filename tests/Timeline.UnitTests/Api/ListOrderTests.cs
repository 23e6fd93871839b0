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
    public void A_cut_or_unsorted_list_is_left_as_it_is()
    {
        var participants = new ParticipantsList(new CypherVariable("event"));
        var unsorted = participants.Project(new ProjectionNode(null, "Participant", null), sorted: false);
        Assert.False(unsorted.OrderedByReader);
        var matched = new List<object?> { Participant("target", "person:b"), Participant("actor", "person:a") };
        Assert.Same(matched, unsorted.Order(matched));
    }
}
