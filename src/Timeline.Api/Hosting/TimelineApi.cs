using Timeline.Api.Audit;
using Timeline.Api.Exports;
using Timeline.Api.Http;
using Timeline.Api.Security;

namespace Timeline.Api.Hosting;

/// <summary>The API's composition, one line per feature. Program.cs calls these two; so do tests that host the API with
/// an endpoint of their own mapped after <see cref="MapTimelineApi"/>, as a new feature would be.</summary>
public static class TimelineApi
{
    /// <summary>The listening address, every options class (bound in one place), and each feature's services.</summary>
    public static WebApplicationBuilder AddTimelineApi(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseTimelineUrls(builder.Configuration);
        builder.Services
            .AddTimelineOptions(builder.Configuration)
            .AddTimelineGraphStore()
            .AddTimelineGraphQL()
            .AddTimelineIngestion()
            .AddTimelineDrafting()
            .AddTimelineAudit()
            .AddTimelineSecurity();
        return builder;
    }

    /// <summary>The request pipeline and the endpoints. Each endpoint group says who may call it (endpoint metadata); an
    /// endpoint that says nothing needs a credential with a role, like <c>/graphql</c> and <c>/export</c>.</summary>
    public static WebApplication MapTimelineApi(this WebApplication app)
    {
        app.UseTimelineGraphiQLAssets(); // before routing: the IDE's bundles, and a browser's GET /graphql sent to the IDE
        app.UseRouting();
        app.UseTimelineSecurity();       // after routing: policies and rate limits are read from the endpoint's metadata
        app.MapTimelineHealth();
        app.MapTimelineGraphiQL();
        app.MapTimelineGraphQL();
        app.MapTimelineExports();
        return app;
    }
}
