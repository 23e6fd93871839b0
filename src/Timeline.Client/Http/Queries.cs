namespace Timeline.Client.Http;

/// <summary>The GraphQL documents the client sends (GraphQL §4 of the design: root fields and the minimal shapes).</summary>
internal static class Queries
{
    private const string Date = "fragment D on PartialDate { text precision earliest latest }";
    private const string Sources = "sources { source { id title published } excerpt }";
    private const string About = "about { __typename ... on Entity { id name kind } ... on Event { id title } ... on Statement { id text } }";

    public const string Search = """
        query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
          search(text: $text, kinds: $kinds, first: $first) { id name kind aliases description named }
        }
        """;

    private const string EventFields = "id type title date { ...D } participants { role entity { id } }";
    private const string StatementFields = "id text verbatim date { ...D } speaker { id name kind } " + About + " " + Sources;
    private const string PageInfo = "pageInfo { hasNextPage endCursor }";

    /// <summary>The report-time fields of an event or a statement.</summary>
    private const string Reported = "firstReported { ...D } sourceCount";

    /// <summary>One page of an entity's relations (100), as GetEntityAsync reads them.</summary>
    private const string RelationsPage = "{ edges { node { type direction other { id name kind } validFrom { ...D } validTo { ...D } properties "
        + Sources + " } } " + PageInfo + " }";

    public const string Entity = """
        query Entity($id: ID!) {
          entity(id: $id) {
            id name kind aliases description named
        """
        + " relations(first: 100) " + RelationsPage + "\n"
        + "events(first: 100) { nodes { " + EventFields + " } " + PageInfo + " }\n"
        + "said(first: 100) { nodes { " + StatementFields + " } " + PageInfo + " }\n"
        + "} }\n" + Date;

    /// <summary>The next page of an entity's events (after the first, which <see cref="Entity"/> fetches), as <c>entity.page</c>.</summary>
    public const string EntityEvents = "query EntityEvents($id: ID!, $after: String) { entity(id: $id) { page: events(first: 100, after: $after) { nodes { "
        + EventFields + " } " + PageInfo + " } } }\n" + Date;

    /// <summary>The next page of what an entity said, as <c>entity.page</c>.</summary>
    public const string EntitySaid = "query EntitySaid($id: ID!, $after: String) { entity(id: $id) { page: said(first: 100, after: $after) { nodes { "
        + StatementFields + " } " + PageInfo + " } } }\n" + Date;

    public const string Relations = "query Relations($id: ID!, $after: String) { entity(id: $id) { relations(first: 100, after: $after) "
        + RelationsPage + " } }\n" + Date;

    /// <summary>A timeline item's selection (events and statements), as the timeline, associates' samples and the records read it.</summary>
    private const string Item = "__typename ... on Event { id type status title description date { ...D } participants { role entity { id name kind } } "
        + Reported + " " + Sources + " } ... on Statement { " + StatementFields + " " + Reported + " }";

    public const string Timeline = """
        query Timeline($involving: [ID!], $from: String, $to: String, $types: [String!], $statuses: [String!], $knownAt: DateInput,
                       $sources: [ID!], $includeParts: Boolean, $first: Int, $after: String) {
          timeline(involving: $involving, from: $from, to: $to, types: $types, statuses: $statuses, knownAt: $knownAt, sources: $sources,
                   includeParts: $includeParts, first: $first, after: $after) {
            edges { cursor node {
        """ + Item + """
         } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """ + Date;

    public const string Statements = """
        query Statements($speaker: ID, $about: ID, $from: String, $to: String, $knownAt: DateInput, $sources: [ID!], $includeParts: Boolean,
                         $first: Int, $after: String) {
          statements(speaker: $speaker, about: $about, from: $from, to: $to, knownAt: $knownAt, sources: $sources, includeParts: $includeParts,
                     first: $first, after: $after) {
            edges { cursor node {
        """ + StatementFields + " " + Reported + """
         } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """ + Date;

    private const string PathParts = "length nodes { id name kind } steps { type from to role }";

    public const string Path = """
        query Path($from: ID!, $to: ID!, $maxHops: Int) {
          path(from: $from, to: $to, maxHops: $maxHops) {
        """ + PathParts + """
         }
        }
        """;

    public const string Paths = """
        query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
          paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
        """ + PathParts + """
         }
        }
        """;

    public const string Associates = """
        query Associates($id: ID!, $kinds: [EntityKind!], $from: String, $to: String, $first: Int, $includeParts: Boolean) {
          entity(id: $id) {
            associates(kinds: $kinds, from: $from, to: $to, first: $first, includeParts: $includeParts) {
              entity { id name kind } sharedEvents sharedStatements total first { ...D } last { ...D }
              sample {
        """ + Item + """
         }
            }
          }
        }
        """ + Date;

    public const string Histogram = """
        query Histogram($involving: [ID!], $from: String, $to: String, $types: [String!], $by: Granularity) {
          timelineHistogram(involving: $involving, from: $from, to: $to, types: $types, by: $by) { period events statements imprecise }
        }
        """;

    public const string Ingest = """
        mutation Ingest($document: IngestDocumentInput!) {
          ingestDocument(document: $document) { ok sourceId created updated errors { path message } }
        }
        """;

    public const string Draft = """
        query Draft($text: String!, $published: String!, $sourceId: ID, $title: String) {
          draftDocument(text: $text, published: $published, sourceId: $sourceId, title: $title) { document notes { path confidence message } }
        }
        """;
}
