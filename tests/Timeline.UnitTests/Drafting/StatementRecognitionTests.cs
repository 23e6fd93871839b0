namespace Timeline.UnitTests.Drafting;

/// <summary>Quotes and speakers, reported speech: each pattern of issue 15 on a text written for it.</summary>
public sealed class StatementRecognitionTests
{
    private const string Published = "2026-03-11"; // a Wednesday

    [Fact]
    public void A_quote_before_its_speaker_is_verbatim_without_the_closing_comma()
    {
        var d = Drafts.Of("Title line\n\n“We will not be intimidated,” Minister Ana Ruiz said on Tuesday.", Published);

        var s = Assert.Single(d.Statements());
        Assert.Equal("We will not be intimidated", s.Str("text"));
        Assert.True(s!["verbatim"]!.GetValue<bool>());
        Assert.Equal("Ana Ruiz", d.NameOf(s.Str("speaker")));
        Assert.Equal("2026-03-10", s.DateText());
        Assert.Equal("“We will not be intimidated,” Minister Ana Ruiz said on Tuesday.", s.Str("excerpt"));
    }

    [Fact]
    public void A_speaker_before_a_colon_and_a_multi_sentence_quote_is_one_verbatim_statement()
    {
        var d = Drafts.Of("Title line\n\nAna Ruiz told reporters: \"The port is closed. Nobody leaves tonight.\"", Published);

        var s = Assert.Single(d.Statements());
        Assert.Equal("The port is closed. Nobody leaves tonight.", s.Str("text"));
        Assert.Equal("Ana Ruiz", d.NameOf(s.Str("speaker")));
    }

    [Fact]
    public void An_inverted_attribution_names_the_speaker_after_the_verb()
    {
        var d = Drafts.Of("Title line\n\nThe talks ended late. “We leave without an answer,” said Mr. Pavel Orlov after the talks.", Published);

        var s = Assert.Single(d.Statements());
        Assert.Equal("Pavel Orlov", d.NameOf(s.Str("speaker")));
    }

    [Fact]
    public void A_quote_continued_in_the_next_sentence_keeps_its_speaker_and_date()
    {
        var d = Drafts.Of("Title line\n\n“The door is open,” Ana Ruiz said on Monday. “But not for long.”", Published);

        Assert.Equal(2, d.Statements().Count);
        var second = d.Statement("But not for long");
        Assert.Equal("Ana Ruiz", d.NameOf(second.Str("speaker")));
        Assert.Equal("2026-03-09", second.DateText());
    }

    [Fact]
    public void A_pronoun_speaker_is_the_last_person_named_before_it_and_the_note_says_so()
    {
        var d = Drafts.Of("Title line\n\nForeign Minister Ana Ruiz struck a calmer tone. “The door remains open,” she said.", Published);

        var s = Assert.Single(d.Statements());
        Assert.Equal("Ana Ruiz", d.NameOf(s.Str("speaker")));
        var note = d.Notes.Single(n => n.Path == "$.statements[0]");
        Assert.Contains("pronoun", note.Message);
        Assert.True(note.Confidence < 0.9);
    }

    [Fact]
    public void A_surname_alone_is_the_person_named_in_full_before()
    {
        var d = Drafts.Of("Title line\n\nPrime Minister Jonas Eklund spoke first. \"We stand firm,\" Eklund said.", Published);

        var s = Assert.Single(d.Statements());
        Assert.Equal("Jonas Eklund", d.NameOf(s.Str("speaker")));
        var person = d.Entities().Single(e => e.Str("name") == "Jonas Eklund");
        Assert.Equal("Person", person.Str("kind"));
    }

    [Fact]
    public void Reported_speech_is_not_verbatim_and_keeps_a_partial_quote_exactly()
    {
        var d = Drafts.Of("Title line\n\nJudge Mara Holm said on Monday that the inquiry was “far from over” and would resume in April.", Published);

        var s = Assert.Single(d.Statements());
        Assert.False(s!["verbatim"]!.GetValue<bool>());
        Assert.Equal("the inquiry was “far from over” and would resume in April", s.Str("text"));
        Assert.Equal("Mara Holm", d.NameOf(s.Str("speaker")));
        Assert.Equal("2026-03-09", s.DateText());
    }

    [Fact]
    public void Reported_speech_without_that_after_said()
    {
        var d = Drafts.Of("Title line\n\nAna Ruiz said the ferry had left without permission.", Published);

        Assert.Equal("the ferry had left without permission", Assert.Single(d.Statements()).Str("text"));
    }

    [Fact]
    public void A_clause_then_its_attribution_is_reported_speech_of_that_speaker()
    {
        var d = Drafts.Of("Title line\n\nThe ferry was stopped before dawn, the Coastal Authority said in a statement.", Published);

        var s = Assert.Single(d.Statements());
        Assert.Equal("The ferry was stopped before dawn", s.Str("text"));
        Assert.Equal("Coastal Authority", d.NameOf(s.Str("speaker")));
    }

    [Fact]
    public void According_to_before_or_after_the_clause()
    {
        var d = Drafts.Of("Title line\n\nThe crew was unharmed, according to the Coastal Authority. According to Ana Ruiz, talks will resume soon.", Published);

        Assert.Equal("Coastal Authority", d.NameOf(d.Statement("crew was unharmed").Str("speaker")));
        Assert.Equal("The crew was unharmed", d.Statement("crew was unharmed").Str("text"));
        Assert.Equal("talks will resume soon", d.Statement("talks will resume").Str("text"));
        Assert.Equal("Ana Ruiz", d.NameOf(d.Statement("talks will resume").Str("speaker")));
    }

    [Fact]
    public void An_unnamed_official_is_a_new_unnamed_entity()
    {
        var d = Drafts.Of("Title line\n\nA senior official at the interior ministry said the border would stay closed.", Published);

        var s = Assert.Single(d.Statements());
        var speaker = d.Entities().Single(e => e.Str("id") == s.Str("speaker"));
        Assert.False(speaker!["named"]!.GetValue<bool>());
        Assert.Equal("Person", speaker.Str("kind"));
        Assert.Contains("senior official at the interior ministry", speaker.Str("name"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_anaphor_refers_back_to_the_organisation_named_with_that_word()
    {
        var d = Drafts.Of("Title line\n\nThe Coastal Authority opened an inquiry. “Nobody was hurt,” the authority said.", Published);

        Assert.Equal("Coastal Authority", d.NameOf(Assert.Single(d.Statements()).Str("speaker")));
    }

    [Fact]
    public void Words_labelled_with_a_quote_are_a_verbatim_fragment()
    {
        var d = Drafts.Of("Title line\n\nAna Ruiz described the talks as “difficult but necessary.”", Published);

        var s = Assert.Single(d.Statements());
        Assert.Equal("difficult but necessary.", s.Str("text"));
        Assert.True(s!["verbatim"]!.GetValue<bool>());
    }

    [Fact]
    public void A_noun_that_looks_like_a_cue_is_not_speech()
    {
        var d = Drafts.Of("Title line\n\nIn December, Estavia announced new permit rules for ships crossing the strait.", Published);

        Assert.Empty(d.Statements());
    }

    [Fact]
    public void Every_text_and_excerpt_is_taken_from_the_article()
    {
        const string text = "Title line\n\n“We came in good faith. We leave without answers,” said Mr. Pavel Orlov. He said the ship “must be returned” soon.";
        var d = Drafts.Of(text, Published);

        Assert.Equal(2, d.Statements().Count);
        foreach (var s in d.Statements())
        {
            Assert.Contains(s.Str("text"), text, StringComparison.Ordinal);
            Assert.Contains(s.Str("excerpt"), text, StringComparison.Ordinal);
        }
    }
}
