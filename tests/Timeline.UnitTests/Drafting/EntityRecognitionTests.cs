using Timeline.Core.Ontology;
using Timeline.Drafting.Entities;
using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;

namespace Timeline.UnitTests.Drafting;

/// <summary>Entity mentions, their kinds and acronyms, one cue at a time.</summary>
public sealed class EntityRecognitionTests
{
    private static readonly MentionFinder Finder = new(DraftingRules.For(OntologyModel.Default));

    [Theory]
    [InlineData("Talks began after Prime Minister Jonas Eklund arrived.", "Jonas Eklund", "Person", "title")]
    [InlineData("Talks began after the oil tanker Sea Lark arrived.", "Sea Lark", "Vessel", "tanker")]
    [InlineData("Talks began after the MT Polar Wind arrived.", "Polar Wind", "Vessel", "prefix")]
    [InlineData("Talks began after the Coastal Authority arrived.", "Coastal Authority", "Organization", "authority")]
    [InlineData("Talks began after the Government of Arvenia arrived.", "Government of Arvenia", "Government", "government")]
    [InlineData("Talks began in the Vessa Bay area.", "Vessa Bay", "Place", "bay")]
    [InlineData("Talks began after his lawyer Irena Kovac arrived.", "Irena Kovac", "Person", "lawyer")]
    [InlineData("Talks began in Tarvas.", "Tarvas", "Place", "in")]
    public void A_name_gets_the_kind_its_cue_points_to(string sentence, string name, string kind, string reasonPart)
    {
        var mention = Find(sentence).Single(m => m.Surface == name);

        Assert.Equal(kind, mention.Kind!.Kind.Name);
        Assert.Contains(reasonPart, mention.Kind.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_title_is_split_from_the_name_and_kept()
    {
        var person = Find("Talks began after CNS Secretary-General Ilse Brandt arrived.").Single(m => m.Surface == "Ilse Brandt");

        Assert.Equal("Secretary-General", person.Title);
    }

    [Fact]
    public void An_acronym_in_brackets_is_an_alias_and_a_later_acronym_is_the_same_entity()
    {
        var text = ArticleText.Parse("Title line\n\nThe Northern Maritime Authority (NMA) opened an inquiry. The NMA said nothing else.");
        var mentions = text.Sentences.SelectMany(Finder.Find).ToList();
        var entities = EntityClusterer.Cluster(mentions);

        var authority = Assert.Single(entities, e => e.HasName("Northern Maritime Authority"));
        Assert.True(authority.HasName("NMA"));
        Assert.Equal(3, authority.Mentions.Count);
    }

    [Fact]
    public void An_acronym_alone_is_matched_to_the_initials_of_a_name()
    {
        var text = ArticleText.Parse("Title line\n\nThe Council of Northern States met. The CNS said little.");
        var entities = EntityClusterer.Cluster(text.Sentences.SelectMany(Finder.Find).ToList());

        Assert.Single(entities, e => e.HasName("Council of Northern States") && e.HasName("CNS"));
    }

    [Fact]
    public void A_surname_and_a_company_without_its_suffix_join_their_entities()
    {
        var text = ArticleText.Parse("Title line\n\nJudge Tereza Falk ruled for Halden Tankers Ltd on Monday. Falk said Halden Tankers had the permits.");
        var entities = EntityClusterer.Cluster(text.Sentences.SelectMany(Finder.Find).ToList());

        Assert.Single(entities, e => e.HasName("Tereza Falk") && e.HasName("Falk"));
        Assert.Single(entities, e => e.HasName("Halden Tankers Ltd") && e.HasName("Halden Tankers"));
    }

    [Fact]
    public void A_demonym_is_not_a_name_but_describes_an_unnamed_group()
    {
        var mentions = Find("Eleven Estavian fishermen were detained.");

        Assert.DoesNotContain(mentions, m => m.Form == MentionForm.Name);
        var group = Assert.Single(mentions, m => m.Form == MentionForm.Description);
        Assert.Equal("Eleven Estavian fishermen", group.Surface);
        Assert.False(group.Named);
        Assert.True(group.Plural);
    }

    [Fact]
    public void A_definite_institution_is_named_by_its_description()
    {
        var ministry = Assert.Single(Find("The Marovian foreign ministry rejected the move."), m => m.Form == MentionForm.Description);

        Assert.Equal("Marovian foreign ministry", ministry.Surface);
        Assert.True(ministry.Named);
        Assert.Equal("Organization", ministry.Kind!.Kind.Name);
    }

    [Fact]
    public void Sentence_words_and_calendar_words_are_not_names()
    {
        var mentions = Find("In December, officials met on Friday.");

        Assert.DoesNotContain(mentions, m => m.Form is MentionForm.Name or MentionForm.Acronym);
    }

    private static List<Mention> Find(string sentence) => Finder.Find(Assert.Single(ArticleText.Parse("Title line\n\n" + sentence).Sentences));
}
