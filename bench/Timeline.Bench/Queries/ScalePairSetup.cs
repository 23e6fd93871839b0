using Timeline.Bench.Corpus;
using Timeline.Bench.Infrastructure;
using Timeline.Bench.Ingest;
using Timeline.Bench.Reporting;
using Timeline.Core.Ingest;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Bench.Queries;

/// <summary>Sets up the side-by-side comparison (<see cref="ScalePairBenchmark"/>) after the scales: the smallest scale's
/// corpus loaded in bulk into the second instance (emptied first), an API process on each graph, each side's targets chosen
/// as the scale loop chooses them; then measures.</summary>
internal static class ScalePairSetup
{
    public static async Task<PairReport> RunAsync(BenchOptions options, Neo4jClient largeClient, Neo4jOptions pairOptions, Action<string> log)
    {
        var (smallScale, largeScale) = (options.Scales.Min(), options.Scales.Max());
        await using var smallClient = new Neo4jClient(pairOptions);
        var smallGenerator = new CorpusGenerator(options.Seed, smallScale, OntologyModel.Default);
        var smallCorpus = smallGenerator.Generate().ToList();
        log($"side by side: loading the {smallScale:N0}-document corpus into the second instance ({pairOptions.Uri})");
        await new BenchDatabase(smallClient).ResetAsync();
        var service = new IngestionService(smallClient, OntologyModel.Default, IngestLimits.Default);
        await new CorpusLoader(new BulkIngestion(smallClient, service, audit: null), log, options.LoadBatch).LoadAsync(smallCorpus, smallCorpus.Count);
        var largeGenerator = new CorpusGenerator(options.Seed, largeScale, OntologyModel.Default);
        var largeCorpus = largeGenerator.Generate().ToList();

        string LogFile(int scale) => Path.Combine(options.OutputDirectory, "logs", $"api-pair-{scale}.log");
        var smallSettings = new Dictionary<string, string>(options.ApiSettings);
        foreach (var (key, value) in Neo4jEnvironment.ApiEnvironment(pairOptions))
            smallSettings[key] = value;
        await using var smallProcess = await ApiProcess.StartAsync(options.ApiDll, options.ApiPort + 1, LogFile(smallScale), smallSettings);
        await using var largeProcess = await ApiProcess.StartAsync(options.ApiDll, options.ApiPort, LogFile(largeScale), options.ApiSettings);
        using var smallApi = new GraphQLClient(smallProcess.Endpoint);
        using var largeApi = new GraphQLClient(largeProcess.Endpoint);
        var small = new PairSide(smallScale, smallClient, smallApi,
            QueryCatalog.Build(await QuerySetup.ChooseAsync(smallClient, smallApi, smallGenerator, smallCorpus)));
        var large = new PairSide(largeScale, largeClient, largeApi,
            QueryCatalog.Build(await QuerySetup.ChooseAsync(largeClient, largeApi, largeGenerator, largeCorpus)));
        log($"side by side: {smallScale:N0} and {largeScale:N0} documents, the O(page) requests");
        return await ScalePairBenchmark.RunAsync(small, large, Verdicts.OPageRequests, options.PairWarmupRounds, options.Iterations, log);
    }
}
