namespace Timeline.UnitTests.Ontology;

/// <summary>The smallest valid declaration the ontology tests vary, one fault at a time (line numbers in their expected
/// messages count from here).</summary>
internal static class SmallOntology
{
    public const string Yaml = """
        kinds:
          Person: { description: A person. }
          Organization: { description: A body. }
        eventTypes:
          Meeting: { description: A meeting. }
        eventStatuses: { occurred: It happened. }
        roles:
          agent: Acts.
        relationTypes:
          MEMBER_OF: { from: [Person], to: [Organization] }

        """;
}
