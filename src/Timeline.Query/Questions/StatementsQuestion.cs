using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Graph;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>statements</b>: statements by a speaker and/or about an entity, event or statement, overlapping the window,
/// ordered by (earliest, latest, id) with undated ones last. The speaker (else the subject, else the sources) anchors the
/// match by its indexed id; with includeParts the speaker and the subject also stand for their parts (<see cref="PartsOf"/>);
/// knownAt and sources filter on the reports (<see cref="ReportedFilter"/>).</summary>
public sealed class StatementsQuestion : IQuestion<StatementsArguments>
{
    /// <summary>The question.</summary>
    public static StatementsQuestion Instance { get; } = new();

    /// <inheritdoc />
    public ReadQuery Build(StatementsArguments arguments)
    {
        var statement = new CypherVariable("statement");
        var speaker = arguments.Speaker is { } speakerId
            ? new Anchor(new CypherVariable("speaker"), [GraphLabels.Entity], speakerId, "speaker", "speaker", arguments.IncludeParts)
            : null;
        var about = arguments.About is { } aboutId
            ? new Anchor(new CypherVariable("subject"), [GraphLabels.Entity, GraphLabels.Event, GraphLabels.Statement], aboutId, "about", "about",
                arguments.IncludeParts)
            : null;
        // With neither, the sources (when given) are where the match starts: their reports, by the sources' indexed ids.
        var source = speaker is null && about is null && arguments.Sources is not null ? new CypherVariable("source") : null;

        MatchClause match = (speaker, about) switch
        {
            ({ } s, _) => new PatternMatch(s.From(Links.Said(statement))),
            (null, { } a) => new PatternMatch(a.From(Links.MentionedIn(statement))),
            _ when source is not null => new PatternMatch(new GraphPattern(source, [GraphLabels.Source], [Links.Reported(statement, GraphLabels.Statement)])),
            _ => new NodeMatch([GraphLabels.Statement]),
        };
        var filters = new List<FilterNode>();
        if (source is not null)
            filters.Add(new ValueInFilter(source, GraphProperties.Id, arguments.Sources!, "sources"));
        if (speaker is not null && about is not null)
            filters.Add(new PatternFilter(about.To(statement, Links.About)));
        if (!arguments.Window.IsOpen)
            filters.Add(new DateOverlapFilter(statement, arguments.Window, DateLayout.EventDate));
        if (source is null && arguments.Sources is { } sources)
            filters.Add(ReportedFilter.BySources(statement, sources));
        if (arguments.KnownAt is { } knownAt)
            filters.Add(ReportedFilter.KnownAt(statement, knownAt));

        var anchors = new[] { speaker, about }.OfType<Anchor>().ToList();
        var page = ReadQuery.About(statement)
            .Anchored(anchors)
            .Match(match, filters)
            // Several parts, or several sources, can reach one statement.
            .Distinct(source is not null || arguments.IncludeParts && anchors.Count > 0)
            .OrderBy(SortKeys.Chronological(statement))
            .Paged(arguments.Page);
        // About one subject and no filter: its item list holds exactly these statements in this order.
        return ReadsItemList(arguments) ? page.FromItemList(ItemListKind.About) : page;
    }

    private static bool ReadsItemList(StatementsArguments a) =>
        a.About is not null && a.Speaker is null && !a.IncludeParts && a.Window.IsOpen && a.Sources is null && a.KnownAt is null;

    /// <inheritdoc />
    public string Describe(StatementsArguments arguments) =>
        "Statements"
        + (arguments.Speaker is null ? "" : " by " + arguments.Speaker)
        + (arguments.About is null ? "" : " about " + arguments.About)
        + (arguments.IncludeParts && (arguments.Speaker is not null || arguments.About is not null) ? " (each with its parts: PART_OF, up to " + PartsOf.MaxSteps + " steps)" : "")
        + (arguments.Window.IsOpen ? "" : ", " + arguments.Window.Describe())
        + TimelineQuestion.ReportedWords(arguments.Sources, arguments.KnownAt)
        + ", with what they are about and where they were reported, in order (undated last).";

    /// <inheritdoc />
    public IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query)
    {
        var statement = query.Item;
        var speaker = new SpeakerOf(statement);
        var about = new AboutList(statement);
        var reports = new ReportsList(statement);
        var reportedIn = new ProjectionNode(null, null, null);
        reportedIn.Add("source", "source", new PropertyValue(reports.Source, GraphProperties.Title), null);
        reportedIn.Add("published", "published", new PropertyValue(reports.Source, GraphProperties.Published), null);
        reportedIn.Add("excerpt", "excerpt", new PropertyValue(reports.Report, GraphProperties.Excerpt), null);
        return
        [
            ("id", new PropertyValue(statement, GraphProperties.Id)),
            ("date", new PropertyValue(statement, DateLayout.EventDate.Text)),
            ("precision", new PropertyValue(statement, DateLayout.EventDate.Precision)),
            ("speaker", speaker.Project(new PropertyValue(speaker.Speaker, GraphProperties.Name))),
            ("verbatim", new PropertyValue(statement, GraphProperties.Verbatim)),
            ("text", new PropertyValue(statement, GraphProperties.Text)),
            ("about", new ListValue(about.Project(Captions.Of(about.Subject), sorted: false))),
            ("reportedIn", new ListValue(reports.Project(reportedIn, sorted: false))),
        ];
    }
}
