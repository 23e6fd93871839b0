namespace Timeline.Api.Hosting;

/// <summary>Where the API listens: <c>TIMELINE_URLS</c>, else ASP.NET Core's usual settings (<c>ASPNETCORE_URLS</c>,
/// <c>urls</c>, Kestrel endpoints), else the loopback address <see cref="DefaultUrls"/>.</summary>
public static class ListenAddress
{
    /// <summary>The address the API listens on unless <c>TIMELINE_URLS</c> or ASP.NET's usual settings say otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Sets the listening address from <paramref name="configuration"/>.</summary>
    public static IWebHostBuilder UseTimelineUrls(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        if (configuration["TIMELINE_URLS"] is { Length: > 0 } urls)
            webHost.UseUrls(urls);
        else if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]) && string.IsNullOrEmpty(configuration["Kestrel:Endpoints:Http:Url"]))
            webHost.UseUrls(DefaultUrls);
        return webHost;
    }
}
