using System.CommandLine;
using System.Text.Json;
using Timeline.Drafting;
using Timeline.Drafting.Linking;
using Timeline.Drafting.Scoring;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline draft-score DIR</c> or <c>timeline draft-score --article A.txt --gold G.json [--known K.json]</c>:
/// drafts each article and scores the draft against its hand-written gold document (statements, events, linking,
/// dates; see <see cref="DraftScorer"/>). Offline: the graph the articles are linked against is the folder's
/// <c>known-entities.json</c> (or <c>--known</c>), held in memory with the normalisation ingest applies — nobody's graph
/// is read or written.</summary>
internal static class DraftScoreCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("folder") { Description = "A corpus folder: NAME.txt + NAME.json (gold) pairs and known-entities.json.", Arity = ArgumentArity.ZeroOrOne };
        var articleFile = new Option<string?>("--article") { Description = "One article (with --gold) instead of a folder." };
        var goldFile = new Option<string?>("--gold") { Description = "The gold document of --article." };
        var knownFile = new Option<string?>("--known") { Description = "Ingest document(s) whose entities stand for the graph (default: the folder's known-entities.json)." };
        var misses = new Option<bool>("--misses") { Description = "Also list what each draft missed or added." };
        var command = new Command("draft-score", "Score drafts against hand-written gold documents (precision, recall, F1, date accuracy).")
            { folder, articleFile, goldFile, knownFile, misses };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                IReadOnlyList<CorpusArticle> articles;
                IReadOnlyList<JsonElement> known;
                if (parse.GetValue(folder) is { } dir)
                {
                    articles = CorpusArticle.Load(dir);
                    known = CorpusArticle.KnownEntities(dir);
                }
                else if (parse.GetValue(articleFile) is { } a && parse.GetValue(goldFile) is { } g)
                {
                    articles = [CorpusArticle.Load(a, g)];
                    known = [];
                }
                else
                {
                    await Console.Error.WriteLineAsync("error: give a corpus folder, or --article and --gold.");
                    return 1;
                }
                if (parse.GetValue(knownFile) is { } k)
                    known = [JsonDocument.Parse(await File.ReadAllBytesAsync(k, ct)).RootElement.Clone()];
                var extractor = new RuleBasedExtractor(CliContext.Ontology, KnownEntityCatalog.FromDocuments(known));
                var score = await CorpusScorer.ScoreAsync(extractor, articles, CorpusArticle.EntityIds(known), ct);
                await Console.Out.WriteAsync(score.ToTable(DraftTargets.Issue15));
                if (parse.GetValue(misses))
                {
                    foreach (var article in score.Articles.Where(x => x.Misses.Count > 0))
                    {
                        await Console.Out.WriteLineAsync($"{Environment.NewLine}{article.Name}:");
                        foreach (var m in article.Misses) await Console.Out.WriteLineAsync($"  - {m}");
                    }
                }
                return 0;
            }
            catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or FormatException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
