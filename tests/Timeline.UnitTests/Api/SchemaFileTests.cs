using GraphQL;
using GraphQL.Utilities;
using Timeline.Testing.Neo4j;

namespace Timeline.UnitTests.Api;

/// <summary>schema.graphql at the repository root is the printed SDL of the running schema; when they differ the test
/// fails and writes schema.received.graphql for review.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public void The_checked_in_schema_matches_the_running_schema()
    {
        var sdl = TranslationHarness.Schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
        Approval.Verify(Path.Combine(Neo4jLocalScript.RepositoryRoot(), "schema.graphql"), sdl.TrimEnd() + "\n");
    }

    [Fact]
    public void The_root_fields_are_exactly_those_of_the_design()
    {
        var query = TranslationHarness.Schema.Query;
        Assert.Equal(["entity", "search", "entities", "timeline", "timelineHistogram", "statements", "path", "paths", "source", "history", "draftDocument"], query.Fields.Select(f => f.Name));
        Assert.Equal(["ingestDocument", "retractSource", "reinstateSource", "withdrawFact", "correctFact", "mergeEntities", "unmergeEntities"], TranslationHarness.Schema.Mutation!.Fields.Select(f => f.Name)); // issue 14
        Assert.Equal(["id", "first", "after"], query.GetField("history")!.Arguments!.Select(a => a.Name)); // issue 14
        Assert.Equal(["id"], query.GetField("entity")!.Arguments!.Select(a => a.Name));
        Assert.Equal(["text", "kinds", "first"], query.GetField("search")!.Arguments!.Select(a => a.Name));
        Assert.Equal(["kind", "first", "after"], query.GetField("entities")!.Arguments!.Select(a => a.Name));
        Assert.Equal(["involving", "from", "to", "types", "statuses", "includeParts", "knownAt", "sources", "first", "after"], query.GetField("timeline")!.Arguments!.Select(a => a.Name));
        Assert.Equal(["speaker", "about", "from", "to", "includeParts", "knownAt", "sources", "first", "after"], query.GetField("statements")!.Arguments!.Select(a => a.Name));
        Assert.Equal(["involving", "from", "to", "types", "by"], query.GetField("timelineHistogram")!.Arguments!.Select(a => a.Name)); // issue 13
        Assert.Equal(["from", "to", "maxHops"], query.GetField("path")!.Arguments!.Select(a => a.Name));
        Assert.Equal(["from", "to", "maxHops", "first"], query.GetField("paths")!.Arguments!.Select(a => a.Name)); // issue 13
        Assert.Equal(["text", "published", "sourceId", "title"], query.GetField("draftDocument")!.Arguments!.Select(a => a.Name)); // issue 15
    }

    [Fact]
    public void Every_ontology_kind_has_an_object_type_implementing_entity()
    {
        foreach (var kind in Timeline.Core.Ontology.OntologyModel.Default.Kinds)
        {
            var type = Assert.IsAssignableFrom<GraphQL.Types.IObjectGraphType>(TranslationHarness.Schema.AllTypes[kind.Name]);
            Assert.Contains(type.ResolvedInterfaces, i => i.Name == "Entity");
            foreach (var property in kind.AllProperties)
                Assert.NotNull(type.GetField(property.Name));
        }
    }
}
