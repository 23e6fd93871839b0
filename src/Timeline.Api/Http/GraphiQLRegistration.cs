using Microsoft.Extensions.FileProviders;

namespace Timeline.Api.Http;

/// <summary>GraphiQL, open to anyone (the page holds no data and asks for the key itself): <c>/graphiql</c>, <c>/</c>
/// redirecting there, its bundles under <c>/graphiql/</c>, and a browser's GET of <c>/graphql</c> without a query.</summary>
internal static class GraphiQLRegistration
{
    /// <summary>Before routing: serves the bundles, and hands a browser's GET of <c>/graphql</c> (HTML accepted, no
    /// <c>query</c>) to the page, as GraphQL IDEs conventionally do, so that only real GraphQL requests reach the
    /// credential-checked <c>/graphql</c> endpoint.</summary>
    public static WebApplication UseTimelineGraphiQLAssets(this WebApplication app)
    {
        // The bundles live in wwwroot under the content root (dotnet run, tests) or beside the dll (a host started from
        // elsewhere, e.g. scripts/run from the repository root).
        var webRoot = new[] { app.Environment.WebRootPath, Path.Combine(AppContext.BaseDirectory, "wwwroot") }
            .FirstOrDefault(dir => !string.IsNullOrEmpty(dir) && Directory.Exists(Path.Combine(dir, "graphiql")));
        if (webRoot is not null)
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot) });
        app.Use((http, next) =>
        {
            var request = http.Request;
            if (HttpMethods.IsGet(request.Method) && request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase)
                && !request.Query.ContainsKey("query") && MediaTypes.PrefersHtml(request.Headers.Accept.ToList()))
            {
                request.Path = "/graphiql";
            }
            return next(http);
        });
        return app;
    }

    /// <summary>Maps the page and the redirect of <c>/</c> to it, open to callers without a credential.</summary>
    public static IEndpointRouteBuilder MapTimelineGraphiQL(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("").AllowAnonymous();
        open.MapGet("/graphiql", GraphiQLPage.WriteAsync);
        open.MapGet("/", () => Results.Redirect("/graphiql"));
        return app;
    }
}
