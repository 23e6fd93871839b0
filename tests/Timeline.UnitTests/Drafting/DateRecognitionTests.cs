using System.Globalization;
using Timeline.Core.Ontology;
using Timeline.Drafting.Dates;
using Timeline.Drafting.Rules;
using Timeline.Drafting.Text;

namespace Timeline.UnitTests.Drafting;

/// <summary>Date expressions resolved against the publication date, each at the precision its words carry. The
/// expected dates are worked out by hand from a calendar: 2026-03-11 is a Wednesday, 2026-01-09 a Friday.</summary>
public sealed class DateRecognitionTests
{
    [Theory]
    [InlineData("The ship was seized on Tuesday.", "2026-03-11", "2026-03-10")]                 // most recent Tuesday
    [InlineData("The ship was seized on Wednesday.", "2026-03-11", "2026-03-11")]               // the publication day itself
    [InlineData("The ship was seized Thursday.", "2026-03-11", "2026-03-05")]                   // past tense: last week's Thursday
    [InlineData("The council will meet on Friday.", "2026-03-11", "2026-03-13")]                // future: the coming Friday
    [InlineData("The talks are scheduled for Monday.", "2026-03-11", "2026-03-16")]
    [InlineData("He spoke last Friday.", "2026-01-15", "2026-01-09")]
    [InlineData("He spoke yesterday.", "2026-03-11", "2026-03-10")]
    [InlineData("He spoke this morning.", "2026-03-11", "2026-03-11")]
    [InlineData("They will vote tomorrow.", "2026-03-11", "2026-03-12")]
    [InlineData("It happened last week.", "2026-03-11", "2026-03-02/2026-03-08")]               // Monday to Sunday of the week before
    [InlineData("It happened earlier this week.", "2026-01-09", "2026-01-05/2026-01-08")]       // Monday to the day before publication
    [InlineData("It will resume next week.", "2026-02-02", "2026-02-09/2026-02-15")]
    [InlineData("It will end later this week.", "2026-04-07", "2026-04-08/2026-04-12")]
    [InlineData("It was announced in December.", "2026-01-09", "2025-12")]                      // month precision, the year before
    [InlineData("It was announced last month.", "2026-02-02", "2026-01")]
    [InlineData("Relations ceased in 2019.", "2026-01-09", "2019")]
    [InlineData("He was detained on December 20.", "2026-01-15", "2025-12-20")]
    [InlineData("He was detained on 20 December 2025.", "2026-02-02", "2025-12-20")]
    [InlineData("It sailed on March 10, 2026.", "2026-04-07", "2026-03-10")]
    [InlineData("It sailed on 2026-03-10.", "2026-04-07", "2026-03-10")]
    public void An_expression_resolves_at_the_precision_its_words_carry(string sentence, string published, string expected)
    {
        var mention = Assert.Single(Find(sentence, published), m => m.Value is not null);
        Assert.Equal(expected, mention.Value!.Text);
    }

    [Fact]
    public void Two_days_later_counts_from_the_date_mentioned_before()
    {
        var text = ArticleText.Parse("Title line\n\nSand warned on Tuesday. Two days later, parliament voted.");
        var recognizer = new DateRecognizer(DraftingRules.For(OntologyModel.Default), new DateOnly(2026, 3, 14));
        var tuesday = recognizer.Find(text.Sentences[0], null).Single().Value;
        var later = recognizer.Find(text.Sentences[1], tuesday).Single();

        Assert.Equal("2026-03-12", later.Value!.Text);
    }

    [Fact]
    public void A_week_after_is_an_offset_for_the_clause_that_follows()
    {
        var mentions = Find("They were released yesterday, a week after the coast guard detained them.", "2026-03-20");

        Assert.Equal("2026-03-19", mentions[0].Value!.Text);
        Assert.Equal(7, mentions[1].OffsetDays);
        Assert.False(mentions[1].OffsetAtMost);
    }

    [Fact]
    public void Less_than_a_week_after_is_an_upper_bound()
    {
        var mention = Assert.Single(Find("Officials visited less than a week after the abduction.", "2026-01-09"));

        Assert.Equal(7, mention.OffsetDays);
        Assert.True(mention.OffsetAtMost);
    }

    [Fact]
    public void A_date_inside_quoted_words_is_marked_as_the_speakers()
    {
        var mention = Assert.Single(Find("“Today the world has listened,” he wrote.", "2026-01-15"));

        Assert.True(mention.Quoted);
    }

    [Theory]
    [InlineData("She may return to the capital.")]
    [InlineData("The crew of 23 was unharmed.")]
    [InlineData("Oil prices rose 2% on the news.")]
    public void Words_that_only_look_like_dates_are_not_dates(string sentence) =>
        Assert.Empty(Find(sentence, "2026-03-11"));

    private static List<DateMention> Find(string sentence, string published)
    {
        var text = ArticleText.Parse("Title line\n\n" + sentence);
        var recognizer = new DateRecognizer(DraftingRules.For(OntologyModel.Default),
            DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return recognizer.Find(Assert.Single(text.Sentences), null);
    }
}
