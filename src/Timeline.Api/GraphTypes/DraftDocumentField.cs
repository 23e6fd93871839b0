using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Timeline.Api.Execution;
using Timeline.Core.Ontology;
using Timeline.Drafting;
using Timeline.Drafting.Linking;
using Timeline.Neo4j;

namespace Timeline.Api.GraphTypes;

/// <summary>The <c>draftDocument</c> root field: drafts an ingest document from an article's text, linking its names to
/// the graph in one read. It writes nothing (role reader). The extractor is the registered <see cref="IDraftExtractor"/>
/// when there is one, else the rule-based one.</summary>
internal static class DraftDocumentField
{
    /// <summary>Longest accepted article, in characters.</summary>
    public const int MaxTextLength = 200_000;

    public static void Add(ObjectGraphType<object> query) =>
        query.Field("draftDocument", new NonNullGraphType(new DraftType()))
            .Description("Drafts an ingest document from an article's text: statements with their speakers, events with participants, dates resolved against the publication date, names linked to the graph's entities. Writes nothing; review the draft, then send its document to ingestDocument.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "text", a => a.Description = "The article as plain text; paragraphs on their own lines.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "published", a => a.Description = "Publication date, yyyy-MM-dd: relative dates are resolved against it.")
            .Argument(new IdGraphType(), "sourceId", a => a.Description = "The source id (drafted from the date and title when absent).")
            .Argument(new StringGraphType(), "title", a => a.Description = "The title (the article's first line when absent).")
            .ResolveAsync(async context =>
            {
                var text = context.GetArgument<string>("text");
                if (text.Length > MaxTextLength)
                    throw new TimelineException(ErrorCodes.BadUserInput, $"text is {text.Length:N0} characters long; the limit is {MaxTextLength:N0}");
                var published = context.GetArgument<string>("published");
                if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    throw new TimelineException(ErrorCodes.BadUserInput, $"published '{published}' is not a date of the form yyyy-MM-dd");
                var services = context.RequestServices!;
                var extractor = services.GetService<IDraftExtractor>()
                    ?? new RuleBasedExtractor(services.GetRequiredService<OntologyModel>(), new Neo4jKnownEntities(services.GetRequiredService<Neo4jClient>()));
                return await extractor.DraftAsync(new Article(text, day)
                {
                    SourceId = context.GetArgument<string?>("sourceId"),
                    Title = context.GetArgument<string?>("title"),
                }, context.CancellationToken);
            });
}
