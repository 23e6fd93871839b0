using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Graph;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary><b>statements</b>: statements by a speaker and/or about an entity, event or statement, overlapping the window,
/// ordered by (earliest, latest, id) with undated ones last. The speaker (else the subject) anchors the match by its
/// indexed id.</summary>
public sealed class StatementsQuestion : IQuestion<StatementsArguments>
{
    /// <summary>The question.</summary>
    public static StatementsQuestion Instance { get; } = new();

    /// <inheritdoc />
    public ReadQuery Build(StatementsArguments arguments)
    {
        var statement = new CypherVariable("statement");
        var speaker = arguments.Speaker is { } speakerId
            ? new Anchor(new CypherVariable("speaker"), [GraphLabels.Entity], speakerId, "speaker", "speaker")
            : null;
        var about = arguments.About is { } aboutId
            ? new Anchor(new CypherVariable("subject"), [GraphLabels.Entity, GraphLabels.Event, GraphLabels.Statement], aboutId, "about", "about")
            : null;

        MatchClause match = (speaker, about) switch
        {
            ({ } s, _) => new PatternMatch(new GraphPattern(s.Variable, Links.Said(statement))),
            (null, { } a) => new PatternMatch(new GraphPattern(a.Variable, Links.MentionedIn(statement))),
            _ => new NodeMatch([GraphLabels.Statement]),
        };
        var filters = new List<FilterNode>();
        if (speaker is not null && about is not null)
            filters.Add(new PatternFilter(new GraphPattern(statement, Links.About(about.Variable))));
        if (!arguments.Window.IsOpen)
            filters.Add(new DateOverlapFilter(statement, arguments.Window, DateLayout.EventDate));

        return ReadQuery.About(statement)
            .Anchored(new[] { speaker, about }.OfType<Anchor>().ToList())
            .Match(match, filters)
            .OrderBy(SortKeys.Chronological(statement))
            .Paged(arguments.Page);
    }

    /// <inheritdoc />
    public string Describe(StatementsArguments arguments) =>
        "Statements"
        + (arguments.Speaker is null ? "" : " by " + arguments.Speaker)
        + (arguments.About is null ? "" : " about " + arguments.About)
        + (arguments.Window.IsOpen ? "" : ", " + arguments.Window.Describe())
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
