namespace Timeline.Core.Ontology;

/// <summary>The names the GraphQL schema gives beside those it takes from the ontology (one object type per kind, the enum
/// values of kinds and relation types): its own types, and the fields every entity type has. The API's graph types take
/// their names from here, and the ontology loader refuses a kind named like one of these types or a kind property named like
/// one of these fields (it would break the schema, or be stored but hidden behind the field).</summary>
public static class GraphQLNames
{
    /// <summary><c>type Query</c>.</summary>
    public const string Query = "Query";
    /// <summary><c>type Mutation</c>.</summary>
    public const string Mutation = "Mutation";
    /// <summary><c>interface Entity</c>.</summary>
    public const string Entity = GraphLabels.Entity;
    /// <summary><c>type Event</c>.</summary>
    public const string Event = GraphLabels.Event;
    /// <summary><c>type Statement</c>.</summary>
    public const string Statement = GraphLabels.Statement;
    /// <summary><c>type Source</c>.</summary>
    public const string Source = GraphLabels.Source;
    /// <summary><c>enum EntityKind</c>.</summary>
    public const string EntityKind = "EntityKind";
    /// <summary><c>enum RelationTypeName</c>.</summary>
    public const string RelationTypeName = "RelationTypeName";
    /// <summary><c>enum Direction</c>.</summary>
    public const string Direction = "Direction";
    /// <summary><c>enum DatePrecision</c>.</summary>
    public const string DatePrecision = "DatePrecision";
    /// <summary><c>type PartialDate</c>.</summary>
    public const string PartialDate = "PartialDate";
    /// <summary><c>type PageInfo</c>.</summary>
    public const string PageInfo = "PageInfo";
    /// <summary><c>type SourceRef</c>.</summary>
    public const string SourceRef = "SourceRef";
    /// <summary><c>type Participant</c>.</summary>
    public const string Participant = "Participant";
    /// <summary><c>type Relation</c>.</summary>
    public const string Relation = "Relation";
    /// <summary><c>union Subject</c>.</summary>
    public const string Subject = "Subject";
    /// <summary><c>union TimelineItem</c>.</summary>
    public const string TimelineItem = "TimelineItem";
    /// <summary><c>type Path</c>.</summary>
    public const string Path = "Path";
    /// <summary><c>type PathNode</c>.</summary>
    public const string PathNode = "PathNode";
    /// <summary><c>type PathStep</c>.</summary>
    public const string PathStep = "PathStep";
    /// <summary><c>enum Granularity</c>: the period of a histogram's buckets.</summary>
    public const string Granularity = "Granularity";
    /// <summary><c>type HistogramBucket</c>.</summary>
    public const string HistogramBucket = "HistogramBucket";
    /// <summary><c>type Associate</c>: an entity that appears with another.</summary>
    public const string Associate = "Associate";
    /// <summary><c>scalar JSON</c>.</summary>
    public const string Json = "JSON";
    /// <summary><c>scalar DateInput</c>.</summary>
    public const string DateInput = "DateInput";
    /// <summary><c>input IngestDocumentInput</c>.</summary>
    public const string IngestDocumentInput = "IngestDocumentInput";
    /// <summary><c>input SourceInput</c>.</summary>
    public const string SourceInput = "SourceInput";
    /// <summary><c>input EntityInput</c>.</summary>
    public const string EntityInput = "EntityInput";
    /// <summary><c>input EventInput</c>.</summary>
    public const string EventInput = "EventInput";
    /// <summary><c>input ParticipantInput</c>.</summary>
    public const string ParticipantInput = "ParticipantInput";
    /// <summary><c>input StatementInput</c>.</summary>
    public const string StatementInput = "StatementInput";
    /// <summary><c>input RelationInput</c>.</summary>
    public const string RelationInput = "RelationInput";
    /// <summary><c>type IngestResult</c>.</summary>
    public const string IngestResult = "IngestResult";
    /// <summary><c>type IngestError</c>.</summary>
    public const string IngestError = "IngestError";
    /// <summary><c>type CurationResult</c>: what a curation mutation returns.</summary>
    public const string CurationResult = "CurationResult";
    /// <summary><c>type Change</c>: one entry of <c>history(id)</c>.</summary>
    public const string Change = "Change";
    /// <summary><c>type ChangeConnection</c>.</summary>
    public const string ChangeConnection = "ChangeConnection";
    /// <summary><c>enum ChangeAction</c>.</summary>
    public const string ChangeAction = "ChangeAction";
    /// <summary><c>type Retraction</c>: a source's tombstone.</summary>
    public const string Retraction = "Retraction";
    /// <summary><c>type DateClaim</c>: one source's date for an event or statement.</summary>
    public const string DateClaim = "DateClaim";

    /// <summary><c>type Claim</c>: everything one source says of an event or statement.</summary>
    public const string Claim = "Claim";
    /// <summary><c>type Draft</c>: what <c>draftDocument</c> returns.</summary>
    public const string Draft = "Draft";
    /// <summary><c>type DraftNote</c>.</summary>
    public const string DraftNote = "DraftNote";

    /// <summary>The Relay connections: (name prefix, node type, what a page holds).</summary>
    public static IReadOnlyList<(string Prefix, string Node, string What)> Connections { get; } =
    [
        (Entity, Entity, "entities"), ("Timeline", TimelineItem, "timeline items"),
        (Statement, Statement, "statements"), (Relation, Relation, "relations"), (Event, Event, "events"),
    ];

    /// <summary><c>type XConnection</c>.</summary>
    public static string Connection(string prefix) => prefix + "Connection";

    /// <summary><c>type XEdge</c>.</summary>
    public static string Edge(string prefix) => prefix + "Edge";

    /// <summary>The scalars GraphQL itself defines.</summary>
    public static IReadOnlyList<string> BuiltInScalars { get; } = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>Every type name the schema uses besides the ontology's kinds (introspection's <c>__</c> types aside).</summary>
    public static IReadOnlySet<string> Types { get; } = new HashSet<string>(
    [
        Query, Mutation, Entity, Event, Statement, Source, EntityKind, RelationTypeName, Direction, DatePrecision, PartialDate,
        PageInfo, SourceRef, Participant, Relation, Subject, TimelineItem, Path, PathNode, PathStep, Json, DateInput,
        IngestDocumentInput, SourceInput, EntityInput, EventInput, ParticipantInput, StatementInput, RelationInput,
        IngestResult, IngestError, CurationResult, Change, ChangeConnection, ChangeAction, Retraction, DateClaim, Claim, Draft, DraftNote, Granularity, HistogramBucket, Associate,
        .. Connections.Select(c => Connection(c.Prefix)), .. Connections.Select(c => Edge(c.Prefix)),
        .. BuiltInScalars,
    ], StringComparer.Ordinal);

    /// <summary>The fields of <c>type PartialDate</c>: a stored date (<see cref="DateLayout"/>) as it reads in GraphQL, and in the
    /// <c>JSON</c> of a relation's declared date properties.</summary>
    public static class PartialDateFields
    {
        /// <summary><c>text</c>: the canonical text.</summary>
        public const string Text = "text";
        /// <summary><c>precision</c>.</summary>
        public const string Precision = "precision";
        /// <summary><c>earliest</c>: the first instant's key.</summary>
        public const string Earliest = "earliest";
        /// <summary><c>latest</c>: the last instant's key.</summary>
        public const string Latest = "latest";

        /// <summary>All of them, in the schema's order.</summary>
        public static IReadOnlyList<string> All { get; } = [Text, Precision, Earliest, Latest];
    }

    /// <summary>The fields of <c>interface Entity</c> (and so of every kind's type), beside which come the kind's properties.</summary>
    public static class EntityFields
    {
        /// <summary><c>id</c>.</summary>
        public const string Id = GraphProperties.Id;
        /// <summary><c>name</c>.</summary>
        public const string Name = GraphProperties.Name;
        /// <summary><c>kind</c>.</summary>
        public const string Kind = GraphProperties.Kind;
        /// <summary><c>aliases</c>.</summary>
        public const string Aliases = GraphProperties.Aliases;
        /// <summary><c>description</c>.</summary>
        public const string Description = GraphProperties.Description;
        /// <summary><c>named</c>.</summary>
        public const string Named = GraphProperties.Named;
        /// <summary><c>relations</c>: its entity–entity relations.</summary>
        public const string Relations = "relations";
        /// <summary><c>events</c>: the events it took part in.</summary>
        public const string Events = "events";
        /// <summary><c>said</c>: its statements.</summary>
        public const string Said = "said";
        /// <summary><c>mentionedIn</c>: the statements about it.</summary>
        public const string MentionedIn = "mentionedIn";
        /// <summary><c>neighbors</c>: the entities a few relation hops away.</summary>
        public const string Neighbors = "neighbors";
        /// <summary><c>associates</c>: the entities that share events or statements with it.</summary>
        public const string Associates = "associates";

        /// <summary>All of them, in the schema's order.</summary>
        public static IReadOnlyList<string> All { get; } =
            [Id, Name, Kind, Aliases, Description, Named, Relations, Events, Said, MentionedIn, Neighbors, Associates];
    }
}
