using System.Text.Json;
using Timeline.Bench.Corpus;
using Timeline.Bench.Ingest;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Bench.Infrastructure;

/// <summary>Profiling aid: writes the Cypher statements (with parameters) that the pipeline and the hand-written writer
/// send for the last document of a corpus, so each can be re-run with PROFILE. The pipeline's copy is ingested with a
/// "dump~" id prefix and deleted afterwards.</summary>
internal static class StatementDump
{
    public static async Task WriteAsync(Neo4jClient client, ulong seed, int documents, string file)
    {
        var doc = IdPrefix.Apply(new CorpusGenerator(seed, documents, OntologyModel.Default).Generate().Last(), "dump~");
        var pipeline = new List<Statement>();
        void Record(IReadOnlyList<Statement> statements) => pipeline.AddRange(statements);
        // The dump runs alone on this client, so what it sends meanwhile is the pipeline's.
        client.RequestSending += Record;
        try
        {
            var result = await new IngestionService(client, OntologyModel.Default, IngestLimits.Default).IngestAsync(DocumentJson.Write(doc));
            if (!result.Ok)
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
        }
        finally
        {
            client.RequestSending -= Record;
        }
        await new BenchDatabase(client).DeletePrefixAsync("dump~");
        var copy = IdPrefix.Apply(doc, "dump2~");
        var handWritten = HandWrittenWriter.Build(copy, DocumentJson.Write(copy));
        object Json(IEnumerable<Statement> s) => s.Select(x => new { statement = x.Text, parameters = x.Parameters }).ToList();
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { pipeline = Json(pipeline), handWritten = Json(handWritten) },
            new JsonSerializerOptions { WriteIndented = true }));
    }
}
