using Timeline.Core.Ontology;
using Timeline.Export;
using Timeline.Testing.Neo4j;
using Timeline.UnitTests.Api;

namespace Timeline.UnitTests.Exports;

/// <summary><c>cypher/browser/timeline.grass</c> is <see cref="BrowserStyle"/> of the default ontology: this fails when the two
/// drift apart and writes <c>timeline.received.grass</c> beside it (review it, then move it over the committed file).</summary>
public sealed class BrowserStyleTests
{
    [Fact]
    public void The_committed_grass_file_is_generated_from_the_ontology()
    {
        var path = Path.Combine(Neo4jLocalScript.RepositoryRoot(), "cypher", "browser", "timeline.grass");
        Approval.Verify(path, BrowserStyle.Grass(OntologyModel.Default));
    }

    [Fact]
    public void A_new_kind_gets_its_own_colour_and_a_new_keyed_relation_its_caption()
    {
        var yaml = OntologyModel.DefaultYaml
            .Replace("kinds:\n", "kinds:\n  Company: { extends: Organization }\n")
            .Replace("relationTypes:\n", "relationTypes:\n  OWNS:\n    from: [Company]\n    to: [Vessel]\n    properties:\n      share: { type: string, required: true }\n");
        var grass = BrowserStyle.Grass(OntologyModel.Parse(yaml));

        var company = grass.Split('\n').Single(l => l.StartsWith("node.Company {", StringComparison.Ordinal));
        Assert.Contains("caption: '{name}'", company);
        var colours = grass.Split('\n').Where(l => l.StartsWith("node.", StringComparison.Ordinal) && l.Contains("color: #", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("color: ", StringComparison.Ordinal) + 7)..].Split(';')[0]).ToList();
        Assert.Equal(colours.Count, colours.Distinct().Count());
        Assert.Contains("relationship.OWNS { caption: '{share}'; }\n", grass);
        Assert.Contains("relationship.HOLDS_POSITION { caption: '{position}'; }\n", grass);
        Assert.DoesNotContain("relationship.MEMBER_OF", grass);
    }
}
