using System.Text.Encodings.Web;
using GraphQL;
using Microsoft.Extensions.Options;
using Timeline.Api.Audit;
using Timeline.Api.Execution;
using Timeline.Api.GraphTypes;
using Timeline.Api.Security;
using Timeline.Api.Translation;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Api.Hosting;

/// <summary>Registers everything the API needs.</summary>
public static class ApplicationServicesExtensions
{
    /// <summary>The address the API listens on unless <c>TIMELINE_URLS</c> or ASP.NET's usual settings say otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Configures the listening address, options, the Neo4j client, the GraphQL schema and executor, and ingestion.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (configuration["TIMELINE_URLS"] is { Length: > 0 } urls)
            builder.WebHost.UseUrls(urls);
        else if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]) && string.IsNullOrEmpty(configuration["Kestrel:Endpoints:Http:Url"]))
            builder.WebHost.UseUrls(DefaultUrls);

        var services = builder.Services;
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jConfiguration.Section))
            .PostConfigure(o => Neo4jConfiguration.ApplyEnvironment(o, configuration))
            .PostConfigure<IOptions<RequestLimitsOptions>>((o, limits) => Neo4jConfiguration.CoverRequestLimits(o, limits.Value));
        services.AddOptions<GraphQLLimitsOptions>().Bind(configuration.GetSection(GraphQLLimitsOptions.Section));

        services.AddSingleton(sp => new Neo4jClient(sp.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        services.AddSingleton(_ => OntologyModel.Default);
        services.AddSingleton<CypherRoundTrips>();
        services.AddSingleton<CypherReader>();
        services.AddSingleton<QueryTranslator>();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddTimelineIngestion();
        services.AddTimelineAudit();
        services.AddTimelineSecurity(configuration);
        services.AddHostedService<SchemaMigrationService>();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<TimelineSchema>()
            // Names such as "Nicolás Maduro" are written as they are, not as \u escapes: analysts read this JSON.
            .AddSystemTextJson(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<TimelineErrorInfoProvider>());
        return builder;
    }
}
