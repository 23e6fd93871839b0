using Timeline.Api.Http;
using Timeline.Api.Security;

namespace Timeline.Api.Hosting;

/// <summary>Maps the API's endpoints.</summary>
public static class TimelineApiEndpoints
{
    /// <summary><c>/graphql</c> (GET, POST), <c>/graphiql</c> (the IDE; <c>/</c> redirects there), <c>/healthz</c>, and the
    /// GraphiQL bundles under <c>/graphiql/</c>.</summary>
    public static WebApplication MapTimelineApi(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseTimelineSecurity();
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], GraphQLHttpEndpoint.HandleAsync);
        app.MapGet("/graphiql", GraphiQLPage.WriteAsync);
        app.MapGet("/", () => Results.Redirect("/graphiql"));
        app.MapGet("/healthz", HealthEndpoint.HandleAsync);
        return app;
    }
}
