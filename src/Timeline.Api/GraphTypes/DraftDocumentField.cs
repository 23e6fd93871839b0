using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Timeline.Api.Execution;
using Timeline.Api.Hosting;
using Timeline.Drafting;

namespace Timeline.Api.GraphTypes;

/// <summary>The <c>draftDocument</c> root field: drafts an ingest document from an article's text, linking its names to
/// the graph in one read. It writes nothing (role reader). The extractor is the registered <see cref="IDraftExtractor"/>
/// (<see cref="DraftingRegistration"/>); the text's limit is <see cref="DraftingOptions.MaxTextLength"/>.</summary>
internal static class DraftDocumentField
{
    public static void Add(ObjectGraphType<object> query) =>
        query.Field("draftDocument", new NonNullGraphType(new DraftType()))
            .Description("Drafts an ingest document from an article's text: statements with their speakers, events with participants, dates resolved against the publication date, names linked to the graph's entities. Writes nothing; review the draft, then send its document to ingestDocument.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "text", a => a.Description = "The article as plain text; paragraphs on their own lines.")
            .Argument(TypeRefs.NonNull(new StringGraphType()), "published", a => a.Description = "Publication date, yyyy-MM-dd: relative dates are resolved against it.")
            .Argument(new IdGraphType(), "sourceId", a => a.Description = "The source id (drafted from the date and title when absent).")
            .Argument(new StringGraphType(), "title", a => a.Description = "The title (the article's first line when absent).")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var text = context.GetArgument<string>("text");
                var maxLength = services.GetRequiredService<IOptions<DraftingOptions>>().Value.MaxTextLength;
                if (text.Length > maxLength)
                    throw new TimelineException(ErrorCodes.BadUserInput, $"text is {text.Length:N0} characters long; the limit is {maxLength:N0}");
                var published = context.GetArgument<string>("published");
                if (!Article.TryParsePublished(published, out var day, out var dateError))
                    throw new TimelineException(ErrorCodes.BadUserInput, $"published: {dateError}");
                return await services.GetRequiredService<IDraftExtractor>().DraftAsync(new Article(text, day)
                {
                    SourceId = context.GetArgument<string?>("sourceId"),
                    Title = context.GetArgument<string?>("title"),
                }, context.CancellationToken);
            });
}
