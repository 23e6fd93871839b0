using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;

namespace Timeline.Api.Translation.Roots;

/// <summary><c>statements(speaker, about, from, to, first, after)</c>: statements by a speaker and/or about an entity, event
/// or statement, overlapping the window, ordered by (earliest, latest, id).</summary>
internal sealed class StatementsRootCompiler : IRootCompiler
{
    public RootPlan Compile(FieldSelection field, CompileContext context)
    {
        var statement = new CypherVariable("statement");
        var anchors = new List<Anchor>();
        Anchor? speaker = null, about = null;
        if (field.Argument<string>("speaker") is { } speakerId)
            anchors.Add(speaker = new Anchor(new CypherVariable("speaker"), [OntologyModel.EntityLabel], speakerId, "speaker", "speaker"));
        if (field.Argument<string>("about") is { } aboutId)
            anchors.Add(about = new Anchor(new CypherVariable("subject"), [OntologyModel.EntityLabel, "Event", "Statement"], aboutId, "about", "about"));

        var sort = Sorts.Chronological(statement);
        var first = context.First(field, 50);
        var (projection, shape) = ConnectionBuilder.Build(field, context, f => context.Project(f, Scope.ForNode(statement)), sort, first,
            field.HasArgument("after"));
        foreach (var key in sort)
            projection.AddHidden(key.Name, ReadOperation.SortKeyAlias(key));

        GraphPattern? pattern = null;
        if (speaker is not null)
            pattern = new GraphPattern(speaker.Variable, new PatternStep(null, ["SAID"], RelationshipDirection.Outgoing, statement, ["Statement"]));
        else if (about is not null)
            pattern = new GraphPattern(about.Variable, new PatternStep(null, ["ABOUT"], RelationshipDirection.Incoming, statement, ["Statement"]));

        var operation = new ReadOperation
        {
            Item = statement,
            Pattern = pattern,
            ItemLabels = ["Statement"],
            Sort = sort,
            Limit = first + 1,
            Projection = projection,
        };
        operation.Anchors.AddRange(anchors);
        if (speaker is not null && about is not null)
        {
            operation.Filters.Add(new ExpressionFilter(b =>
                $"({b.Name(statement)}){new PatternStep(null, ["ABOUT"], RelationshipDirection.Outgoing, about.Variable, []).Write(b)}"));
        }
        var window = context.Window(field);
        if (!window.IsOpen)
            operation.Filters.Add(new DateWindowFilter(statement, window, DateProperties.EventDate));
        if (ConnectionBuilder.After(field, sort.Count) is { } after)
            operation.After = new KeysetCursorFilter(sort, after);
        operation.SourceCatalog = context.SourceCatalog;
        return new RootPlan(operation.Write(), result => RootResults.Connection(result, anchors, shape));
    }
}
