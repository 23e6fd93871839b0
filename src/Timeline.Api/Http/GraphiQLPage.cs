namespace Timeline.Api.Http;

/// <summary>The GraphiQL IDE, served from the app itself (bundles in wwwroot/graphiql, installed by the build; no CDN).</summary>
internal static class GraphiQLPage
{
    public static Task WriteAsync(HttpContext http)
    {
        var root = http.Request.PathBase.Value ?? "";
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Timeline · GraphiQL</title>
              <link rel="stylesheet" href="{{root}}/graphiql/graphiql.min.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="{{root}}/graphiql/react.production.min.js"></script>
              <script src="{{root}}/graphiql/react-dom.production.min.js"></script>
              <script src="{{root}}/graphiql/graphiql.min.js"></script>
              <script>
                const fetcher = GraphiQL.createFetcher({ url: '{{root}}/graphql' });
                const defaultQuery = `# Timeline: news as a knowledge graph. What happened between the US and Venezuelan governments in January 2026?
            {
              timeline(involving: ["gov:united-states", "gov:venezuela"], from: "2026-01", to: "2026-01", first: 10) {
                edges {
                  node {
                    __typename
                    ... on Event { id type title date { text precision } participants { role entity { name } } }
                    ... on Statement { id text speaker { name } date { text precision } }
                  }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            `;
                // The API needs a key (see README, Security): GraphiQL's headers editor sends it as X-Api-Key and remembers it in
                // this browser. A link ending in #key=<key> (printed by scripts/run) fills it in; the fragment never reaches the server.
                const linked = new URLSearchParams(location.hash.slice(1)).get('key');
                if (linked) history.replaceState(null, '', location.pathname + location.search);
                const headerText = key => JSON.stringify({ 'X-Api-Key': key }, null, 2);
                const props = { fetcher, defaultQuery, isHeadersEditorEnabled: true, shouldPersistHeaders: true,
                  defaultHeaders: headerText('paste your API key here'), defaultEditorToolsVisibility: 'headers' };
                if (linked) props.headers = headerText(linked);
                ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
              </script>
            </body>
            </html>
            """, http.RequestAborted);
    }
}
