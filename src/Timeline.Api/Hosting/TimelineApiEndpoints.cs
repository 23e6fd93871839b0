using Microsoft.Extensions.FileProviders;
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
        // The GraphiQL bundles live in wwwroot under the content root (dotnet run, tests) or beside the dll (a host
        // started from elsewhere, e.g. scripts/run from the repository root).
        var webRoot = new[] { app.Environment.WebRootPath, Path.Combine(AppContext.BaseDirectory, "wwwroot") }
            .FirstOrDefault(dir => !string.IsNullOrEmpty(dir) && Directory.Exists(Path.Combine(dir, "graphiql")));
        if (webRoot is not null)
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot) });
        app.UseTimelineSecurity();
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], GraphQLHttpEndpoint.HandleAsync);
        app.MapGet("/graphiql", GraphiQLPage.WriteAsync);
        app.MapGet("/", () => Results.Redirect("/graphiql"));
        app.MapGet("/healthz", HealthEndpoint.HandleAsync);
        return app;
    }
}
