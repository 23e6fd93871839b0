using Timeline.Core.Ontology;
using Timeline.Drafting;
using Timeline.Drafting.Linking;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>The drafter behind <c>draftDocument</c>: the rule-based one, linking names to the graph through the shared
/// Neo4j client. A host that registers its own <see cref="IDraftExtractor"/> after this (a model-backed one) replaces it:
/// the field asks for the last registration.</summary>
internal static class DraftingRegistration
{
    public static IServiceCollection AddTimelineDrafting(this IServiceCollection services) =>
        services.AddSingleton<IDraftExtractor>(sp => new RuleBasedExtractor(
            sp.GetRequiredService<OntologyModel>(), new Neo4jKnownEntities(sp.GetRequiredService<Neo4jClient>())));
}
