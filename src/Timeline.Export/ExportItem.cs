using Timeline.Query.Cypher;
using Timeline.Query.Graph;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Export;

/// <summary>What the CSV and TimelineJS exports read of each timeline item (event or statement): its own properties, its
/// kind, its participants, speaker, subjects and sources, as one map per row. The hops are the questions' own
/// (<see cref="Links"/>); the lists come unsorted (<see cref="TimelineExportReader"/> orders them).</summary>
internal static class ExportItem
{
    private static readonly string[] OwnProperties = ["id", "type", "title", "description", "text", "verbatim", "date"];

    public static ProjectionNode Of(CypherVariable item)
    {
        var projection = new ProjectionNode(item, null, null);
        foreach (var property in OwnProperties)
            Add(projection, property, new PropertyValue(item, property));
        Add(projection, "kind", new NodeKindValue(item, StoredGraph.TimelineItems, entitiesPossible: false));

        var participants = new ParticipantsList(item);
        Add(projection, "participants", new ListValue(participants.Project(Map(
            ("role", new PropertyValue(participants.Participation, StoredGraph.Role)),
            ("id", new PropertyValue(participants.Entity, StoredGraph.Id)),
            ("name", new PropertyValue(participants.Entity, StoredGraph.Name))), sorted: false)));

        var speaker = new SpeakerOf(item);
        Add(projection, "speaker", speaker.Project(Map(
            ("id", new PropertyValue(speaker.Speaker, StoredGraph.Id)),
            ("name", new PropertyValue(speaker.Speaker, StoredGraph.Name)))));

        var about = new AboutList(item);
        Add(projection, "about", new ListValue(about.Project(Map(
            ("id", new PropertyValue(about.Subject, StoredGraph.Id)),
            ("name", Captions.Of(about.Subject))), sorted: false)));

        var reports = new ReportsList(item);
        Add(projection, "sources", new ListValue(reports.Project(Map(
            ("id", new PropertyValue(reports.Source, StoredGraph.Id)),
            ("title", new PropertyValue(reports.Source, StoredGraph.Title)),
            ("published", new PropertyValue(reports.Source, "published")),
            ("excerpt", new PropertyValue(reports.Report, "excerpt"))), sorted: false)));
        return projection;
    }

    private static ProjectionNode Map(params (string Key, ValueNode Value)[] entries)
    {
        var map = new ProjectionNode(null, null, null);
        foreach (var (key, value) in entries)
            Add(map, key, value);
        return map;
    }

    private static void Add(ProjectionNode projection, string key, ValueNode value) => projection.Add(key, key, value, null);
}
