using Timeline.Core.Ontology;
using Timeline.Drafting.Building;
using Timeline.Drafting.Rules;

namespace Timeline.UnitTests.Drafting;

public sealed class IdMakerTests
{
    private static readonly OntologyModel Ontology = OntologyModel.Default;

    [Theory]
    [InlineData("Delcy Rodríguez", "delcy-rodriguez")]
    [InlineData("Norland’s parliament", "norlands-parliament")]
    [InlineData("U.N. experts (unnamed)", "u-n-experts-unnamed")]
    [InlineData("¡!", "item")]
    public void A_slug_folds_accents_and_joins_words_with_hyphens(string text, string slug) =>
        Assert.Equal(slug, IdMaker.Slug(text, 8));

    [Fact]
    public void Ids_take_the_kinds_prefix_from_the_rules_and_never_repeat_a_reserved_or_given_id()
    {
        var ids = new IdMaker(DraftingRules.For(Ontology));
        ids.Reserve(["org:coastal-authority"]);

        Assert.Equal("org:coastal-authority-2", ids.ForEntity(Ontology.FindKind("Organization"), "Coastal Authority"));
        Assert.Equal("org:coastal-authority-3", ids.ForEntity(Ontology.FindKind("Organization"), "Coastal Authority"));
        Assert.Equal("gov:government-of-arvenia", ids.ForEntity(Ontology.FindKind("Government"), "Government of Arvenia"));
        Assert.Equal("person:ana-ruiz", ids.ForEntity(Ontology.FindKind("Person"), "Ana Ruiz"));
        Assert.Equal("event:seizure-sea-lark-2026-03-10", ids.ForEvent("Seizure", "Sea Lark", "2026-03-10"));
        Assert.Equal("event:diplomatic-visit-estara-2026-03-10", ids.ForEvent("DiplomaticVisit", "Estara", "2026-03-10"));
    }
}
