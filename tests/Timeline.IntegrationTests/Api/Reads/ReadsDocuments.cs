using System.Text.Json;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Api.Reads;

/// <summary>A small world of three reports, written for the read tests of issue 13 (counts, validity at a date, the report-time
/// axis, parts): every expected answer in those tests is worked out by hand from what is written here.
/// <code>
/// Testland (C) ◄─PART_OF─ its Government (G) ◄─PART_OF─ its Ministry (M)        Otherland (X)   Nowhere (Z: nothing at all)
/// Tester (P) ─HOLDS_POSITION {2018 → 2019}─► G      P ─LEADS {2020-03 → open}─► M
/// S1 published 2026-01-05: E1 (2026-01-02; G agent, X target, P agent AND subject), T1 (2026-01-03; P says, about X)
/// S2 published 2026-01-20: E2 (2026-01-10; M agent, X target, P agent), T1 again, T2 (2026-01-15; G says, about C)
/// S3 published 2026-02 (a month): E2 again, E3 (2026-01-25; C agent)
/// </code></summary>
internal sealed class ReadsDocuments
{
    public string C { get; } = TestIds.New("country:");
    public string G { get; } = TestIds.New("gov:");
    public string M { get; } = TestIds.New("org:");
    public string P { get; } = TestIds.New("person:");
    public string X { get; } = TestIds.New("country:");
    public string Z { get; } = TestIds.New("place:");
    public string E1 { get; } = TestIds.New("event:");
    public string E2 { get; } = TestIds.New("event:");
    public string E3 { get; } = TestIds.New("event:");
    public string T1 { get; } = TestIds.New("stmt:");
    public string T2 { get; } = TestIds.New("stmt:");
    public string S1 { get; } = TestIds.New("src:");
    public string S2 { get; } = TestIds.New("src:");
    public string S3 { get; } = TestIds.New("src:");

    public IReadOnlyList<string> AllIds => [C, G, M, P, X, Z, E1, E2, E3, T1, T2, S1, S2, S3];

    private object[] Entities =>
    [
        new { id = C, kind = "Country", name = "Testland" },
        new { id = G, kind = "Government", name = "Government of Testland" },
        new { id = M, kind = "Organization", name = "Testland Ministry" },
        new { id = P, kind = "Person", name = "Tester" },
        new { id = X, kind = "Country", name = "Otherland" },
        new { id = Z, kind = "Place", name = "Nowhere" },
    ];

    private object E2Event => new
    {
        id = E2, type = "Meeting", title = "Ministry meets Otherland", date = "2026-01-10",
        participants = new object[] { new { entity = M, role = "agent" }, new { entity = X, role = "target" }, new { entity = P, role = "agent" } },
        excerpt = "The ministry met Otherland.",
    };

    private object T1Statement => new { id = T1, speaker = P, text = "Otherland is a friend.", verbatim = false, date = "2026-01-03", about = new[] { X }, excerpt = "Tester said Otherland is a friend." };

    /// <summary>The three documents, in order.</summary>
    public IReadOnlyList<JsonElement> Documents =>
    [
        Json(new
        {
            source = new { id = S1, title = "First report", published = "2026-01-05", language = "en" },
            entities = Entities,
            relations = new object[]
            {
                new { type = "PART_OF", from = G, to = C, excerpt = "Testland's government." },
                new { type = "PART_OF", from = M, to = G, excerpt = "The government's ministry." },
                new { type = "HOLDS_POSITION", from = P, to = G, properties = new { position = "adviser" }, validFrom = "2018", validTo = "2019", excerpt = "Tester advised the government in 2018–2019." },
                new { type = "LEADS", from = P, to = M, validFrom = "2020-03", excerpt = "Tester has led the ministry since March 2020." },
            },
            events = new object[]
            {
                new
                {
                    id = E1, type = "Blockade", title = "Testland blockades Otherland", date = "2026-01-02",
                    participants = new object[] { new { entity = G, role = "agent" }, new { entity = X, role = "target" }, new { entity = P, role = "agent" }, new { entity = P, role = "subject" } },
                    excerpt = "The government, led in this by Tester, blockaded Otherland.",
                },
            },
            statements = new object[] { T1Statement },
        }),
        Json(new
        {
            source = new { id = S2, title = "Second report", published = "2026-01-20", language = "en" },
            entities = Entities,
            events = new object[] { E2Event },
            statements = new object[]
            {
                T1Statement,
                new { id = T2, speaker = G, text = "Testland stands firm.", verbatim = false, date = "2026-01-15", about = new[] { C }, excerpt = "The government said Testland stands firm." },
            },
        }),
        Json(new
        {
            source = new { id = S3, title = "Third report", published = "2026-02", language = "en" },
            entities = Entities,
            events = new object[]
            {
                E2Event,
                new
                {
                    id = E3, type = "Announcement", title = "Testland announces", date = "2026-01-25",
                    participants = new object[] { new { entity = C, role = "agent" } }, excerpt = "Testland announced.",
                },
            },
        }),
    ];

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);
}
