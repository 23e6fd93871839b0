namespace Timeline.UnitTests.Api;

/// <summary>The Cypher (text and parameters) each feature compiles to, approved in Snapshots/. Every text here must also
/// pass the Cypher 5 check (<see cref="SnapshotLintTests"/>) and runs for real in the integration tests.</summary>
public sealed class CypherSnapshotTests
{
    public static readonly TheoryData<string, string, string?> Cases = new()
    {
        { "entity-basic", """{ entity(id: "person:nicolas-maduro") { id name kind aliases description named } }""", null },
        { "entity-kind-fields", """{ entity(id: "vessel:x") { id ... on Vessel { vesselType imo flag } ... on Person { born { text precision } nationality } } }""", null },
        {
            "entity-relations",
            """
            { entity(id: "person:delcy-rodriguez") { name
                relations(types: [HOLDS_POSITION, LEADS], direction: OUTGOING, first: 5) {
                  edges { cursor node { type direction other { id name kind } validFrom { text precision earliest latest } validTo { text } properties
                    sources { excerpt source { id title published } } } }
                  pageInfo { hasNextPage endCursor } } } }
            """,
            null
        },
        {
            "entity-relations-symmetric-after",
            """{ entity(id: "country:venezuela") { relations(types: [HAS_DIPLOMATIC_RELATIONS_WITH, PART_OF], direction: INCOMING, first: 2, after: "WyJQQVJUX09GIiwiZ292OnZlbmV6dWVsYSIsIiIsIklOQ09NSU5HIl0") { edges { node { type direction other { id } } } } } }""",
            null
        },
        {
            "entity-events-said-mentioned",
            """
            { entity(id: "person:donald-trump") {
                events(from: "2026-01", to: "2026-01-31", types: ["Announcement", "Blockade"], role: "agent") { id type title date { text precision } }
                said(from: "2026-01-08") { id text verbatim date { text } }
                mentionedIn { id text speaker { id name } } } }
            """,
            null
        },
        { "entity-neighbors", """{ entity(id: "place:bogota") { neighbors(depth: 2, kinds: [Country, Place], first: 5) { id name kind } } }""", null },
        {
            "entity-nested-four-levels",
            """
            { entity(id: "person:nicolas-maduro") {
                events { id participants { role entity { id name said { id about { __typename ... on Entity { id name } ... on Event { id title } } } } } } } }
            """,
            null
        },
        {
            "aliases-fragments-directives",
            """
            query Q($id: ID!, $withEvents: Boolean!, $skipSaid: Boolean!) {
              a: entity(id: $id) { ...Names
                ... on Person { born { text } first: events(types: ["Seizure"]) @include(if: $withEvents) { id } }
                ... on Vessel { vesselType first: events(types: ["Blockade"]) { title } }
                said @skip(if: $skipSaid) { id } }
              b: entity(id: "gov:venezuela") { n: name n2: name }
            }
            fragment Names on Entity { id name aliases }
            """,
            """{ "id": "person:nicolas-maduro", "withEvents": true, "skipSaid": true }"""
        },
        { "search", """{ search(text: "Nicolás", kinds: [Person, Organization], first: 3) { id name kind } }""", null },
        {
            "entities-page",
            """{ entities(kind: Organization, first: 2, after: "WyJVLlMuIG1pbGl0YXJ5Iiwib3JnOnVzLW1pbGl0YXJ5Il0") { edges { cursor node { id name } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""",
            null
        },
        {
            "timeline-involving-window",
            """
            { timeline(involving: ["country:united-states", "country:venezuela"], from: "2026-01", to: "2026-01", first: 10) {
                edges { cursor node { __typename
                  ... on Event { id type title date { text precision earliest latest } participants { role entity { id name } } sources { excerpt source { id title published } } }
                  ... on Statement { id text verbatim date { text precision } speaker { id name } about { ... on Entity { id name } } } } }
                pageInfo { hasNextPage endCursor } } }
            """,
            null
        },
        {
            "timeline-all-types-after",
            """{ timeline(types: ["Seizure", "Statement"], first: 2, after: "WyIyMDI2LTAxLTAzVDAwOjAwOjAwWiIsIjIwMjYtMDEtMDdUMjM6NTk6NTlaIiwiZXZlbnQ6bWFkdXJvLWFiZHVjdGlvbiJd") { edges { node { ... on Event { id } ... on Statement { id } } } } }""",
            null
        },
        {
            "timeline-statuses",
            """{ timeline(involving: ["country:venezuela"], statuses: ["occurred", "ongoing"], first: 5) { nodes { ... on Event { id status } ... on Statement { id } } } }""",
            null
        },
        {
            "statements-speaker-about",
            """{ statements(speaker: "person:donald-trump", about: "event:second-wave-attacks-called-off", from: "2026") { edges { node { id text date { text } sources { source { id } excerpt } } } } }""",
            null
        },
        { "statements-about-only", """{ statements(about: "gov:venezuela") { nodes { id speaker { name } } } }""", null },
        {
            "path",
            """{ path(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela", maxHops: 5) { length nodes { id name kind entity { id } event { type } } steps { type from to role } } }""",
            null
        },
        {
            "source",
            """{ source(id: "src:2026-01-09-caracas") { id title published publishedDate { text precision } language events(from: "2026-01-09") { id } statements { id } } }""",
            null
        },
        {
            "empty-filter-lists",
            """{ timeline(involving: [], types: []) { nodes { __typename } } entity(id: "gov:venezuela") { relations(types: []) { nodes { type } } neighbors(kinds: []) { id } } search(text: "x", kinds: []) { id } }""",
            null
        },
        {
            "event-properties-free-shape",
            """{ timeline(first: 1) { edges { node { ... on Event { properties statements { id } participants(role: "target") { entity { __typename id } } } } } } }""",
            null
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiles_to_the_approved_cypher(string name, string query, string? variables)
    {
        var compiled = TranslationHarness.Compile(query, variables);
        var text = string.Join("\n", compiled.Select(c => $"// root field: {c.ResponseKey}\n{TranslationHarness.Render(c.Query)}"));
        Approval.VerifySnapshot(name, text);
    }

    [Fact]
    public void Every_root_field_compiles_to_exactly_one_statement()
    {
        var compiled = TranslationHarness.Compile("""{ a: entity(id: "x") { id } b: search(text: "x") { id } c: timeline { nodes { __typename } } }""");
        Assert.Equal(["a", "b", "c"], compiled.Select(c => c.ResponseKey));
    }

    [Fact]
    public void User_values_never_appear_in_the_text()
    {
        const string hostile = "x'}) DETACH DELETE n //";
        var compiled = TranslationHarness.Compile(
            $$"""{ entity(id: "{{hostile.Replace("\"", "\\\"")}}") { events(types: ["Seizure"], from: "2026") { id } } search(text: "{{hostile}}") { id } }""");
        foreach (var (_, query) in compiled)
        {
            Assert.DoesNotContain("DETACH", query.Text, StringComparison.Ordinal);
            Assert.Contains(query.Parameters.Values, v => v is string s && s.Contains("DETACH", StringComparison.OrdinalIgnoreCase));
        }
    }
}
