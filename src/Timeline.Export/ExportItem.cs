using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Graph;
using Timeline.Query.Lists;
using Timeline.Query.Tree;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Export;

/// <summary>What the CSV and TimelineJS exports read of each timeline item (event or statement): its own properties, its
/// kind, its participants, speaker, subjects and sources, as one map per row (keyed by the stored names). The hops are the questions' own
/// (<see cref="Links"/>); the lists come unsorted (<see cref="TimelineExportReader"/> orders them).</summary>
internal static class ExportItem
{
    private static readonly string[] OwnProperties =
        [P.Id, P.Type, P.Title, P.Description, P.Text, P.Verbatim, DateLayout.EventDate.Text];

    public static ProjectionNode Of(CypherVariable item)
    {
        var projection = new ProjectionNode(item, null, null);
        foreach (var property in OwnProperties)
            Add(projection, property, new PropertyValue(item, property));
        Add(projection, P.Kind, new NodeKindValue(item, GraphLabels.Dated, entitiesPossible: false));

        var participants = new ParticipantsList(item);
        Add(projection, "participants", new ListValue(participants.Project(Map(
            (P.Role, new PropertyValue(participants.Participation, P.Role)),
            (P.Id, new PropertyValue(participants.Entity, P.Id)),
            (P.Name, new PropertyValue(participants.Entity, P.Name))), sorted: false)));

        var speaker = new SpeakerOf(item);
        Add(projection, "speaker", speaker.Project(Map(
            (P.Id, new PropertyValue(speaker.Speaker, P.Id)),
            (P.Name, new PropertyValue(speaker.Speaker, P.Name)))));

        var about = new AboutList(item);
        Add(projection, "about", new ListValue(about.Project(Map(
            (P.Id, new PropertyValue(about.Subject, P.Id)),
            (P.Name, Captions.Of(about.Subject))), sorted: false)));

        var reports = new ReportsList(item);
        Add(projection, "sources", new ListValue(reports.Project(Map(
            (P.Id, new PropertyValue(reports.Source, P.Id)),
            (P.Title, new PropertyValue(reports.Source, P.Title)),
            (P.Published, new PropertyValue(reports.Source, P.Published)),
            (P.Excerpt, new PropertyValue(reports.Report, P.Excerpt))), sorted: false)));
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
