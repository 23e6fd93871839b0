using Timeline.Query.Cypher;
using Timeline.Query.Graph;
using Timeline.Query.Tree;

namespace Timeline.Query.Lists;

/// <summary>The entity that made a statement (the start of its SAID edge), or null.</summary>
public sealed class SpeakerOf(CypherVariable statement)
{
    /// <summary>The speaker.</summary>
    public CypherVariable Speaker { get; } = new("speaker");

    /// <summary>The speaker projected as <paramref name="element"/>.</summary>
    public SingleValue Project(ValueNode element) =>
        new(new ListQuery(new PatternListSource(new GraphPattern(statement, Links.Speaker(Speaker))), [], element, [], null));
}
