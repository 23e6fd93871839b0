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
    ];
}
