using System.CommandLine;
using Timeline.Drafting;
using Timeline.Drafting.Linking;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline draft ARTICLE.txt --published 2026-01-09 [--source-id …] [--title …] [--publisher …] [--url …]
/// [--out FILE] [--no-graph]</c>: drafts an ingest document from an article's text and prints
/// <c>{"document": …, "notes": [{"path", "confidence", "message"}]}</c>. Names are linked to the entities of the graph
/// NEO4J_* points at (one read; nothing is written). <c>timeline ingest</c> accepts the printed file as it is, so the
/// workflow is <c>timeline draft a.txt … &gt; a.json</c>, edit, <c>timeline ingest a.json</c>.</summary>
internal static class DraftCommand
{
    public static Command Create()
    {
        var article = new Argument<string>("article") { Description = "The article as a plain-text file (UTF-8); paragraphs on their own lines." };
        var published = new Option<string>("--published") { Description = "Publication date, yyyy-MM-dd: relative dates are resolved against it.", Required = true };
        var sourceId = new Option<string?>("--source-id") { Description = "The source id (drafted from the date and title when absent)." };
        var title = new Option<string?>("--title") { Description = "The title (the article's first line when absent)." };
        var publisher = new Option<string?>("--publisher") { Description = "The publisher." };
        var url = new Option<string?>("--url") { Description = "The article's URL." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the draft to this file instead of standard output." };
        var noGraph = new Option<bool>("--no-graph") { Description = "Do not link names to the graph (every entity is proposed as new)." };
        var command = new Command("draft", "Draft an ingest document from an article's text, with a note on how sure each item is.")
            { article, published, sourceId, title, publisher, url, output, noGraph };
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            if (!Article.TryParsePublished(parse.GetValue(published), out var day, out var dateError))
            {
                await Console.Error.WriteLineAsync($"error: --published: {dateError}.");
                return 1;
            }
            var path = parse.GetValue(article)!;
            if (!File.Exists(path)) throw new IOException($"'{path}' does not exist.");
            var input = new Article(await File.ReadAllTextAsync(path, ct), day)
            {
                SourceId = parse.GetValue(sourceId),
                Title = parse.GetValue(title),
                Publisher = parse.GetValue(publisher),
                Url = parse.GetValue(url),
            };
            IKnownEntities known = parse.GetValue(noGraph) ? new KnownEntityCatalog() : new Neo4jKnownEntities(client);
            Draft draft;
            try
            {
                draft = await new RuleBasedExtractor(CliContext.Ontology, known).DraftAsync(input, ct);
            }
            catch (Timeline.Neo4j.Neo4jUnavailableException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message} (names are linked to the graph's entities; --no-graph drafts without linking)");
                return 1;
            }
            var text = DraftEnvelope.Write(draft);
            if (parse.GetValue(output) is { } file) await File.WriteAllTextAsync(file, text + Environment.NewLine, ct);
            else await Console.Out.WriteLineAsync(text);
            // The summary goes to stderr, so that `timeline draft … > a.json` holds the draft alone.
            var doc = draft.Document;
            var unsure = draft.Notes.Count(n => n.Confidence < 0.5);
            await Console.Error.WriteLineAsync(
                $"drafted {doc["statements"]!.AsArray().Count} statement(s), {doc["events"]!.AsArray().Count} event(s), " +
                $"{doc["entities"]!.AsArray().Count} new entit(ies); {draft.Notes.Count} note(s), {unsure} below 0.5 confidence — review before `timeline ingest`.");
            return 0;
        }));
        return command;
    }
}
