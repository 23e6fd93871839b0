namespace Timeline.IntegrationTests.Api;

/// <summary>The example queries shown in docs/examples.md; the README shows those marked <c>InReadme</c>.</summary>
public static class ExampleQueries
{
    public static readonly IReadOnlyList<(string Title, string Question, string Query, bool InReadme)> All =
    [
        (
            "The US–Venezuela timeline for January 2026",
            "What happened between the two governments in January 2026, in order, and how precisely is each date known?",
            """
            {
              timeline(involving: ["gov:united-states", "gov:venezuela"], from: "2026-01", to: "2026-01", first: 5) {
                edges {
                  node {
                    __typename
                    ... on Event { id type title date { text precision } }
                    ... on Statement { id text speaker { name } date { text precision } }
                  }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """,
            true
        ),
        (
            "Everything Donald Trump said, with source and date",
            "Who said what, when, and where was it reported?",
            """
            {
              statements(speaker: "person:donald-trump") {
                nodes {
                  id
                  text
                  verbatim
                  date { text precision }
                  sources { source { id title published } excerpt }
                }
              }
            }
            """,
            true
        ),
        (
            "How the fifth seized tanker connects to Venezuela's government",
            "The shortest chain of events and relations between the two.",
            """
            {
              path(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela") {
                length
                nodes { id name kind }
                steps { type from to role }
              }
            }
            """,
            true
        ),
        (
            "Who appears with Nicolás Maduro",
            "Which entities share events or statements with him, how many, and since when?",
            """
            {
              entity(id: "person:nicolas-maduro") {
                name
                associates(first: 5) {
                  entity { id name kind }
                  sharedEvents
                  sharedStatements
                  total
                  first { text precision }
                  last { text precision }
                  sample { __typename ... on Event { title } ... on Statement { text } }
                }
              }
            }
            """,
            true
        ),
        (
            "How many events and statements involved both governments, month by month",
            "December 2025 to January 2026 by month: items whose date is only known more coarsely than a month count as imprecise.",
            """
            {
              timelineHistogram(involving: ["gov:united-states", "gov:venezuela"], from: "2025-12", to: "2026-01", by: MONTH) {
                period
                events
                statements
                imprecise
              }
            }
            """,
            true
        ),
        (
            "The same, day by day",
            "By day, an item known only to the month (or to a range of days) counts as imprecise in every day it overlaps; days without items are listed with zeros.",
            """
            {
              timelineHistogram(involving: ["gov:united-states", "gov:venezuela"], from: "2025-12", to: "2026-01", by: DAY) {
                period
                events
                statements
                imprecise
              }
            }
            """,
            false
        ),
        (
            "Every shortest chain from the fifth tanker to Venezuela's government",
            "Not just one path: all the shortest ones, in a fixed order.",
            """
            {
              paths(from: "vessel:fifth-seized-tanker-2026-01-09", to: "gov:venezuela", first: 5) {
                length
                nodes { id name }
                steps { type from to role }
              }
            }
            """,
            true
        ),
        (
            "What was known on 6 January, and on 9 January",
            "The timeline as it stood on each date: only items first reported on or before it (the seed's one source was published on 9 January).",
            """
            {
              knownOnJan6: timeline(knownAt: "2026-01-06", first: 3) {
                totalCount
                nodes { ... on Event { id title firstReported { text } sourceCount } ... on Statement { id text firstReported { text } sourceCount } }
              }
              knownOnJan9: timeline(knownAt: "2026-01-09", first: 3) {
                totalCount
                nodes { ... on Event { id title firstReported { text } sourceCount } ... on Statement { id text firstReported { text } sourceCount } }
              }
            }
            """,
            true
        ),
    ];
}
