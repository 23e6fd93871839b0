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
                events(from: "2026-01", to: "2026-01-31", types: ["Announcement", "Blockade"], role: "agent") { nodes { id type title date { text precision } } }
                said(from: "2026-01-08") { nodes { id text verbatim date { text } } }
                mentionedIn { nodes { id text speaker { id name } } } } }
            """,
            null
        },
        {
            "entity-associates",
            """
            { entity(id: "person:nicolas-maduro") { name
                associates(kinds: [Person, Government], from: "2026-01", to: "2026-01-31", first: 5) {
                  entity { id name kind } sharedEvents sharedStatements total first { text precision } last { text }
                  sample { __typename ... on Event { id title date { text } } ... on Statement { id text } } } } }
            """,
            null
        },
        { "entity-associates-counts-only", """{ entity(id: "gov:venezuela") { associates { entity { id } total } } }""", null },
        { "entity-neighbors", """{ entity(id: "place:bogota") { neighbors(depth: 2, kinds: [Country, Place], first: 5) { id name kind } } }""", null },
        {
            "entity-nested-four-levels",
            """
            { entity(id: "person:nicolas-maduro") {
                events { nodes { id participants { role entity { id name said { nodes { id about { __typename ... on Entity { id name } ... on Event { id title } } } } } } } } } }
            """,
            null
        },
        {
            "aliases-fragments-directives",
            """
            query Q($id: ID!, $withEvents: Boolean!, $skipSaid: Boolean!) {
              a: entity(id: $id) { ...Names
                ... on Person { born { text } first: events(types: ["Seizure"]) @include(if: $withEvents) { nodes { id } } }
                ... on Vessel { vesselType first: events(types: ["Blockade"]) { nodes { title } } }
                said @skip(if: $skipSaid) { nodes { id } } }
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
            "associates-include-parts",
            """{ entity(id: "country:venezuela") { associates(kinds: [Organization], first: 3, includeParts: true) { entity { id } total } } }""",
            null
        },
        {
            // issue 14: each source's date, from its REPORTED_IN edge; a source's tombstone.
            "timeline-date-claims",
            """{ timeline(involving: ["country:venezuela"], first: 3) { nodes { ... on Event { id date { text } dateClaims { date { text precision } excerpt source { id retracted { at actor reason } } } } } } }""",
            null
        },
        {
            // issue 14: everything each source says, from its REPORTED_IN edge.
            "timeline-claims",
            """{ timeline(involving: ["country:venezuela"], first: 3) { nodes { ... on Event { id title claims { values excerpt source { id } } } ... on Statement { id claims { values } } } } }""",
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
            "timeline-histogram-involving-window-day",
            """{ timelineHistogram(involving: ["gov:united-states", "gov:venezuela"], from: "2026-01-02", to: "2026-01-09", types: ["Negotiation", "Statement"], by: DAY) { period events statements imprecise } }""",
            null
        },
        { "timeline-histogram-whole-graph-month", """{ timelineHistogram { period events statements imprecise } }""", null },
        { "timeline-histogram-year-from", """{ timelineHistogram(involving: ["gov:venezuela"], from: "2019", by: YEAR) { period imprecise } }""", null },
        {
            "paths",
            """{ paths(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela", maxHops: 5, first: 3) { length nodes { id name kind } steps { type from to role } } }""",
            null
        },
        {
            "source",
            """{ source(id: "src:2026-01-09-caracas") { id title published publishedDate { text precision } language events(from: "2026-01-09") { nodes { id } } statements { nodes { id } } } }""",
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
        {
            "total-count-roots",
            """{ entities(kind: Organization, first: 2) { totalCount nodes { id } } timeline(types: ["Seizure", "Statement"], first: 1, after: "WyIyMDI2LTAxLTAzVDAwOjAwOjAwWiIsIjIwMjYtMDEtMDdUMjM6NTk6NTlaIiwiZXZlbnQ6bWFkdXJvLWFiZHVjdGlvbiJd") { totalCount } statements(speaker: "person:donald-trump", first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } } }""",
            null
        },
        {
            "total-count-nested-relations",
            """{ entity(id: "gov:venezuela") { relations(types: [PART_OF, LEADS], first: 1, after: "WyJQQVJUX09GIiwiZ292OnZlbmV6dWVsYSIsIiIsIklOQ09NSU5HIl0") { totalCount nodes { type other { id } } } all: relations { totalCount } } }""",
            null
        },
        {
            "entity-relations-listed",
            """{ entity(id: "country:venezuela") { relations(first: 2, after: "WyJIQVNfRElQTE9NQVRJQ19SRUxBVElPTlNfV0lUSCIsImNvdW50cnk6Y3ViYSIsIiIsIk9VVEdPSU5HIl0") { edges { cursor node { type direction other { id name } } } pageInfo { hasNextPage endCursor } } } }""",
            null
        },
        {
            "entity-relations-listed-three-levels",
            """{ entity(id: "person:nicolas-maduro") { relations(first: 2) { nodes { type other { id relations(first: 2) { nodes { type other { id relations(first: 1, types: [LEADS]) { nodes { other { id } } } } } } } } } } }""",
            null
        },
        {
            "entity-relations-valid-at",
            """{ entity(id: "person:delcy-rodriguez") { at: relations(types: [HOLDS_POSITION], validAt: "2019-06") { nodes { type other { id } } } range: relations(validAt: { earliest: "2026-01-03", latest: "2026-01-09" }) { nodes { type } } } }""",
            null
        },
        {
            "timeline-include-parts-known-at-sources",
            """{ timeline(involving: ["country:united-states", "country:venezuela"], includeParts: true, knownAt: "2026-01-06", sources: ["src:2026-01-09-caracas"], first: 5) { totalCount nodes { ... on Event { id firstReported { text precision } sourceCount } ... on Statement { id firstReported { text } sourceCount } } } }""",
            null
        },
        {
            "timeline-from-sources",
            """{ timeline(sources: ["src:2026-01-09-caracas", "src:other"], types: ["Seizure"], from: "2026-01") { nodes { __typename } } }""",
            null
        },
        {
            "statements-include-parts-known-at",
            """{ statements(speaker: "country:united-states", about: "country:venezuela", includeParts: true, knownAt: { earliest: "2026-01", latest: "2026-02" }) { nodes { id } } bySource: statements(sources: ["src:2026-01-09-caracas"], knownAt: "2026") { totalCount nodes { id } } }""",
            null
        },
        {
            "nested-dated-connections",
            """
            { entity(id: "person:donald-trump") {
                events(role: "agent", first: 2, after: "WyIyMDI2LTAxLTAzVDAwOjAwOjAwWiIsIjIwMjYtMDEtMDdUMjM6NTk6NTlaIiwiZXZlbnQ6bWFkdXJvLWFiZHVjdGlvbiJd") { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
                anyRole: events { totalCount }
                said(first: 1) { totalCount nodes { id } } mentionedIn { totalCount } }
              source(id: "src:2026-01-09-caracas") { events(from: "2026-01") { totalCount nodes { id } } statements(first: 3) { nodes { id } } } }
            """,
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
            $$"""{ entity(id: "{{hostile.Replace("\"", "\\\"")}}") { events(types: ["Seizure"], from: "2026") { nodes { id } } } search(text: "{{hostile}}") { id } }""");
        foreach (var (_, query) in compiled)
        {
            Assert.DoesNotContain("DETACH", query.Text, StringComparison.Ordinal);
            Assert.Contains(query.Parameters.Values, v => v is string s && s.Contains("DETACH", StringComparison.OrdinalIgnoreCase));
        }
    }
}
