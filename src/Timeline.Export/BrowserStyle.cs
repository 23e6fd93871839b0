using System.Text;
using Timeline.Core.Ontology;
using L = Timeline.Core.Ontology.GraphLabels;
using P = Timeline.Core.Ontology.GraphProperties;

namespace Timeline.Export;

/// <summary>The Neo4j Browser style (<c>cypher/browser/timeline.grass</c>), generated from the ontology: every kind its own
/// colour (Browser's palette, in declaration order), every node captioned by its name, title or text, participations by their
/// role and each relation type with required properties (the properties it is merged on) by the first of them.</summary>
public static class BrowserStyle
{
    // Fill and border colours for the kinds, in declaration order (Neo4j Browser's own palette first); repeats past the end.
    private static readonly (string Fill, string Border)[] KindColours =
    [
        ("#4C8EDA", "#2870C2"), ("#DA7194", "#CC3C6C"), ("#C990C0", "#B261A5"), ("#F79767", "#F36924"),
        ("#57C7E3", "#23B3D7"), ("#8DCC93", "#5DB665"), ("#F16667", "#EB2728"), ("#569480", "#447666"),
    ];

    // The graph model's own nodes: colour, caption and size, distinct from every kind's.
    private static readonly (string Label, string Fill, string Border, string Caption, string? Diameter)[] ModelNodes =
    [
        (L.Event, "#FFC454", "#D7A013", P.Title, "55px"),
        (L.Statement, "#ECB5C9", "#DA7298", P.Text, null),
        (L.Source, "#D9C8AE", "#C0A378", P.Title, "40px"),
    ];

    /// <summary>The grass text.</summary>
    public static string Grass(OntologyModel ontology)
    {
        var sb = new StringBuilder();
        sb.Append("""
            node {
              diameter: 50px;
              color: #A5ABB6;
              border-color: #9AA1AC;
              border-width: 2px;
              text-color-internal: #FFFFFF;
              font-size: 10px;

            """).Append($"  caption: '{{{P.Name}}}';\n}}\n");
        sb.Append($"node.{L.Entity} {{ caption: '{{{P.Name}}}'; }}\n");
        for (var i = 0; i < ontology.Kinds.Count; i++)
        {
            var (fill, border) = KindColours[i % KindColours.Length];
            sb.Append($"node.{ontology.Kinds[i].Name} {{ color: {fill}; border-color: {border}; caption: '{{{P.Name}}}'; }}\n");
        }
        foreach (var (label, fill, border, caption, diameter) in ModelNodes)
        {
            sb.Append($"node.{label} {{ color: {fill}; border-color: {border}; text-color-internal: #2A2C34; caption: '{{{caption}}}';");
            sb.Append(diameter is null ? " }\n" : $" diameter: {diameter}; }}\n");
        }
        sb.Append("""
            relationship {
              color: #A5ABB6;
              shaft-width: 1px;
              font-size: 8px;
              padding: 3px;
              text-color-external: #000000;
              text-color-internal: #FFFFFF;
              caption: '<type>';
            }

            """);
        sb.Append($"relationship.{GraphRelationshipTypes.Participant} {{ caption: '{{{P.Role}}}'; }}\n");
        foreach (var type in ontology.RelationTypes)
        {
            if (type.Properties.FirstOrDefault(p => p.Required) is { } key)
                sb.Append($"relationship.{type.Name} {{ caption: '{{{key.Name}}}'; }}\n");
        }
        return sb.ToString();
    }
}
