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
/// corpus loaded in bulk into the second instance (emptied first), an API process on each graph, each side's targets those
/// its scale's reads had (chosen again, as the scale loop chooses them, only when that scale was not read in this run:
/// <c>--pair-only</c>); then measures.</summary>
internal static class ScalePairSetup
{
    public static async Task<PairReport> RunAsync(BenchOptions options, Neo4jClient largeClient, Neo4jOptions largeOptions, Neo4jOptions smallOptions,
        IReadOnlyList<ScaleResult> scales, Action<string> log)
    {
        var (smallScale, largeScale) = (options.Scales.Min(), options.Scales.Max());
        await using var smallClient = new Neo4jClient(smallOptions);
        var smallGenerator = new CorpusGenerator(options.Seed, smallScale, OntologyModel.Default);
        var smallCorpus = smallGenerator.Generate().ToList();
        log($"side by side: loading the {smallScale:N0}-document corpus into the second instance ({smallOptions.Uri})");
        await new BenchDatabase(smallClient).ResetAsync();
        var service = new IngestionService(smallClient, OntologyModel.Default, IngestLimits.Default);
        await new CorpusLoader(new BulkIngestion(smallClient, service, audit: null), log, options.LoadBatch).LoadAsync(smallCorpus, smallCorpus.Count);

        string LogFile(int scale) => Path.Combine(options.OutputDirectory, "logs", $"api-pair-{scale}.log");
        await using var smallProcess = await ApiProcess.StartAsync(options.ApiDll, options.ApiPort + 1, LogFile(smallScale), smallOptions, options.ApiSettings);
        await using var largeProcess = await ApiProcess.StartAsync(options.ApiDll, options.ApiPort, LogFile(largeScale), largeOptions, options.ApiSettings);
        using var smallApi = new GraphQLClient(smallProcess.Endpoint);
        using var largeApi = new GraphQLClient(largeProcess.Endpoint);

        async Task<QueryTargets> TargetsAsync(int scale, Neo4jClient client, GraphQLClient api, CorpusGenerator? generator = null, IReadOnlyList<BenchDocument>? corpus = null)
        {
            if (scales.FirstOrDefault(s => s.Documents == scale)?.Targets is { } read)
                return read;
            generator ??= new CorpusGenerator(options.Seed, scale, OntologyModel.Default);
            return await QuerySetup.ChooseAsync(client, api, generator, corpus ?? generator.Generate().ToList());
        }
        var small = new PairSide(smallScale, smallClient, smallApi,
            QueryCatalog.Build(await TargetsAsync(smallScale, smallClient, smallApi, smallGenerator, smallCorpus)));
        var large = new PairSide(largeScale, largeClient, largeApi, QueryCatalog.Build(await TargetsAsync(largeScale, largeClient, largeApi)));
        log($"side by side: {smallScale:N0} and {largeScale:N0} documents, the O(page) requests");
        return await ScalePairBenchmark.RunAsync(small, large, Verdicts.OPageRequests, options.PairWarmupRounds, options.Iterations, log);
    }
}
