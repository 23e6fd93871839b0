using Timeline.Core.Curation;
using Timeline.Core.Lookup;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Api.Reads;

/// <summary>What deletes or moves a relation marks the relation lists it leaves stale no longer exact
/// (<see cref="ItemLists.ExactProperty"/>), in its own transaction — the ends of each relation it deletes, an entity's
/// neighbours when it deletes the entity — and leaves every other list exact, so that a page trusting an exact list answers
/// only relations there are. Each case reads the lists' flags, the pages (matched and trusting) and the lists' check, which
/// finds any entry of an exact list whose relation is not there.</summary>
public sealed partial class RelationListTests
{
    [Fact]
    public async Task A_withdrawn_relation_marks_its_ends_and_a_correction_marks_nothing()
    {
        var hub = New("country:");
        var org = New("org:");
        var (p1, p2, p3) = (New("person:"), New("person:"), New("person:"));
        var stated = new List<Stated> { new("LEADS", p1, hub), new("LEADS", p2, hub), new("HOLDS_POSITION", p2, hub, "envoy"), new("MEMBER_OF", p3, org) };
        await IngestOkAsync(Document(New("src:"), [hub, org, p1, p2, p3], stated));
        await AssertExactAsync(new() { [hub] = true, [org] = true, [p1] = true, [p2] = true, [p3] = true });

        // A corrected relation keeps its type and key: its entries stand.
        await OkAsync("correctFact", "mutation($id: ID!, $changes: JSON!) { correctFact(id: $id, changes: $changes, reason: \"dated\") { ok errors { path message } } }",
            new { id = RelationId.Of("LEADS", p2, hub, ""), changes = new { validFrom = "2020-01-01" } });
        await AssertExactAsync(new() { [hub] = true, [org] = true, [p1] = true, [p2] = true, [p3] = true });

        await OkAsync("withdrawFact", "mutation($id: ID!) { withdrawFact(id: $id, reason: \"never led\") { ok errors { path message } } }",
            new { id = RelationId.Of("LEADS", p1, hub, "") });
        stated.RemoveAt(0);
        await AssertExactAsync(new() { [hub] = false, [org] = true, [p1] = false, [p2] = true, [p3] = true });
        await AssertPagesAsync(hub, stated.Where(s => s.To == hub));
        await AssertPagesAsync(p1, []);
        await AssertPagesAsync(p2, stated.Where(s => s.From == p2));
        await AssertListsHoldAsync(hub, org, p1, p2, p3);
    }

    [Fact]
    public async Task A_retraction_marks_the_ends_of_the_relations_it_deletes_and_the_neighbours_of_an_entity_it_deletes()
    {
        var (hub, org) = (New("country:"), New("org:"));
        var (p1, p2, x) = (New("person:"), New("person:"), New("person:"));
        var (a, b, c) = (New("src:"), New("src:"), New("src:"));
        // x is only b's, and leads the hub only by b; c names x from outside (x is not its) as a member of org.
        await IngestOkAsync(Document(a, [hub, p1, p2, org], [new("LEADS", p1, hub), new("LEADS", p2, hub)]));
        await IngestOkAsync(Document(b, [hub, p1, x], [new("LEADS", p1, hub), new("LEADS", x, hub)]));
        await IngestOkAsync(Document(c, [org], [new("MEMBER_OF", x, org)]));
        await AssertExactAsync(new() { [hub] = true, [org] = true, [p1] = true, [p2] = true, [x] = true });

        // p1 still leads by a; x's lead goes with b, and x itself (no source left), taking c's membership with it.
        await OkAsync("retractSource", "mutation($id: ID!) { retractSource(id: $id, reason: \"wrong\") { ok errors { path message } } }", new { id = b });
        await AssertExactAsync(new() { [hub] = false, [org] = false, [p1] = true, [p2] = true, [x] = false });
        await AssertPagesAsync(hub, [new("LEADS", p1, hub), new("LEADS", p2, hub)]);
        await AssertPagesAsync(org, []);
        await AssertPagesAsync(p1, [new("LEADS", p1, hub)]);
        await AssertListsHoldAsync(hub, org, p1, p2);
    }

    [Fact]
    public async Task A_changed_version_marks_what_it_no_longer_says_and_not_what_it_says_again()
    {
        var hub = New("country:");
        var (p1, p2, q, x) = (New("person:"), New("person:"), New("person:"), New("person:"));
        var source = New("src:");
        await IngestOkAsync(Document(source, [hub, p1, p2, x], [new("LEADS", p1, hub), new("LEADS", p2, hub), new("LEADS", x, hub)]));
        await IngestOkAsync(Document(New("src:"), [hub, q], [new("LEADS", q, hub)]));

        // The new version says p1's lead again (deleted with the old version's support, then written again), p2's position
        // instead of its lead, and nothing of x (which goes).
        List<Stated> now = [new("LEADS", p1, hub), new("HOLDS_POSITION", p2, hub, "envoy")];
        await IngestOkAsync(Document(source, [hub, p1, p2], now));
        await AssertExactAsync(new() { [hub] = false, [p1] = true, [p2] = false, [q] = true, [x] = false });
        await AssertPagesAsync(hub, [.. now, new("LEADS", q, hub)]);
        await AssertPagesAsync(p1, [new("LEADS", p1, hub)]);
        await AssertPagesAsync(p2, [new("HOLDS_POSITION", p2, hub, "envoy")]);
        await AssertListsHoldAsync(hub, p1, p2, q);
    }

    [Fact]
    public async Task A_merge_marks_the_merged_entities_and_their_neighbours_and_an_unmerge_the_ends_of_what_it_takes_back()
    {
        var (hub, twin, other, far) = (New("country:"), New("country:"), New("country:"), New("country:"));
        var (p1, p2, p3, p4) = (New("person:"), New("person:"), New("person:"), New("person:"));
        var stated = new List<Stated>
        {
            new("LEADS", p1, twin), new("SANCTIONS", twin, hub), new("LEADS", p2, other), new("SANCTIONS", far, other), new("LEADS", p3, hub),
        };
        await IngestOkAsync(Document(New("src:"), [hub, twin, other, far, p1, p2, p3], stated));
        Dictionary<string, bool?> untouched = new() { [far] = true, [p2] = true, [p3] = true };

        // The twin's relations move to the survivor: their entries in the twin's, p1's and the hub's lists are stale. The
        // survivor was no end of them: its list only gains.
        var merged = await OkAsync("mergeEntities", "mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from, reason: \"one country\") { ok changeId errors { path message } } }",
            new { into = other, from = new[] { twin } });
        await AssertExactAsync(new(untouched) { [twin] = false, [p1] = false, [hub] = false, [other] = true });
        // A document ingested since names the twin: its relation lands on the survivor.
        await IngestOkAsync(Document(New("src:"), [p4], [new("LEADS", p4, twin)]));
        var moved = stated.Append(new("LEADS", p4, twin)).Select(s => s with { From = s.From == twin ? other : s.From, To = s.To == twin ? other : s.To }).ToList();
        await AssertExactAsync(new(untouched) { [twin] = false, [p1] = false, [hub] = false, [other] = true, [p4] = true });
        foreach (var self in new[] { hub, other, p1, p4, far })
            await AssertPagesAsync(self, moved.Where(s => s.From == self || s.To == self));
        await AssertListsHoldAsync(hub, other, far, p1, p2, p3, p4);

        // The un-merge deletes the moved relations (the survivor is an end of each) and gives the twin its own back; the later
        // document's relation goes from the survivor with its support and comes back on the twin.
        await OkAsync("unmergeEntities", "mutation($id: ID!) { unmergeEntities(changeId: $id, reason: \"two countries\") { ok errors { path message } } }",
            new { id = merged.GetProperty("changeId").GetString() });
        await AssertExactAsync(new(untouched) { [twin] = false, [p1] = false, [hub] = false, [other] = false, [p4] = false });
        stated.Add(new("LEADS", p4, twin));
        foreach (var self in new[] { hub, twin, other, p1, p4, far })
            await AssertPagesAsync(self, stated.Where(s => s.From == self || s.To == self));
        await AssertListsHoldAsync(hub, twin, other, far, p1, p2, p3, p4);
    }

    // Each entity's relation list flag: true (exact), false (marked), null (no flag, or no list).
    private async Task AssertExactAsync(Dictionary<string, bool?> expected)
    {
        await using var client = api.Server.CreateClient();
        var read = await client.RunAsync("UNWIND $ids AS id OPTIONAL MATCH (list:ItemList {key: $prefix + id}) RETURN id, list.exact AS exact",
            new Dictionary<string, object?> { ["ids"] = expected.Keys.ToList(), ["prefix"] = RelationLists.ListKey("") });
        static string Line(string id, bool? exact) => $"{id} {(exact is { } e ? e ? "exact" : "marked" : "unflagged")}";
        Assert.Equal(expected.Select(kv => Line(kv.Key, kv.Value)).Order(StringComparer.Ordinal),
            read.Records.Select(r => Line(r.Get<string>("id"), r.Get<bool?>("exact"))).Order(StringComparer.Ordinal));
    }

    private async Task AssertListsHoldAsync(params string[] ids)
    {
        await using var client = api.Server.CreateClient();
        Assert.Empty(await ItemListCheck.ProblemsAsync(client, ids));
    }
}
