using GraphQL;
using GraphQLParser.AST;
using Timeline.Api.Execution;
using Timeline.Api.Execution.Shaped;
using Timeline.Api.GraphTypes;
using Timeline.Api.Http;
using Timeline.Api.Translation;

namespace Timeline.Api.Hosting;

/// <summary>GraphQL: the schema, the translator that compiles each root field to one Cypher read, and the executor with
/// this API's limits. The endpoint is mapped by <see cref="Http.GraphQLHttpEndpoint"/>.</summary>
internal static class GraphQLRegistration
{
    public static IServiceCollection AddTimelineGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<CypherRoundTrips>();
        services.AddSingleton<CypherReader>();
        services.AddSingleton<QueryTranslator>();
        services.AddSingleton<CompiledPlans>();
        services.AddSingleton<ValidatedDocuments>();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<ResponseSerializer>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<TimelineSchema>()
            // Root fields the translator answers whole are written from their shaped value (ShapedExecutionStrategy).
            .AddExecutionStrategy<ShapedExecutionStrategy>(OperationType.Query)
            // One serialiser, whose options the shaped answers are written with too.
            .AddSerializer(provider => provider.GetRequiredService<ResponseSerializer>())
            .AddErrorInfoProvider<TimelineErrorInfoProvider>());
        return services;
    }
}
