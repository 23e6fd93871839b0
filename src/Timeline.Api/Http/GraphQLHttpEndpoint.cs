using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Timeline.Api.Execution;
using Timeline.Api.Hosting;
using Timeline.Api.Security;

namespace Timeline.Api.Http;

/// <summary>GraphQL over HTTP: <c>POST /graphql</c> with a JSON body <c>{query, variables, operationName, extensions}</c> and
/// <c>GET /graphql?query=…</c> (queries only). Answers <c>application/graphql-response+json</c> or <c>application/json</c> per
/// Accept; status 400 for requests that cannot execute (with graphql-response+json), 413 for oversized bodies, 405 for
/// mutations over GET, 406/415 for unsupported media types, 403 for a mutation field the caller's role does not grant, 503
/// when Neo4j is unreachable, 504 when the request outlived its time limit, else 200 (401 and 429 come from the security
/// middleware).
/// A browser's GET without a query is shown GraphiQL instead (<see cref="GraphiQLRegistration"/>).</summary>
internal static class GraphQLHttpEndpoint
{
    /// <summary>Maps <c>/graphql</c> (GET, POST): graph data, so only for a caller with a role (reader).</summary>
    public static IEndpointRouteBuilder MapTimelineGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/graphql").RequireAuthorization(AccessPolicies.Reader)
            .MapMethods("", [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var limits = services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
        var mediaType = MediaTypes.Choose(http.Request.Headers.Accept.ToList());
        if (mediaType is null)
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status406NotAcceptable, ErrorCodes.BadUserInput,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.", MediaTypes.Json);
            return;
        }

        var (request, problem) = HttpMethods.IsGet(http.Request.Method)
            ? ReadQueryString(http.Request, services)
            : await ReadBodyAsync(http, limits, services);
        if (problem is not null)
        {
            await GraphQLErrorResponse.WriteAsync(http, problem.Value.Status, problem.Value.Code, problem.Value.Message, mediaType);
            return;
        }
        if (string.IsNullOrWhiteSpace(request!.Query))
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput,
                "The request has no 'query'.", mediaType);
            return;
        }

        // Parse once here (the executor reuses the document) to refuse mutations over GET before anything runs.
        var executor = services.GetRequiredService<GraphQLRequestExecutor>();
        GraphQLDocument? document = null;
        try
        {
            document = executor.Parse(request.Query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            // the executor reports it as GRAPHQL_PARSE_FAILED
        }
        catch (GraphQLMaxDepthExceededException)
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.QueryTooComplex,
                "The query is nested too deeply.", mediaType);
            return;
        }
        if (document is not null && HttpMethods.IsGet(http.Request.Method) && IsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadUserInput,
                "Mutations must be sent with POST.", mediaType);
            return;
        }

        var result = await executor.ExecuteAsync(request, document, services, http.RequestAborted, http.User);
        http.Response.StatusCode = StatusOf(result, mediaType);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await services.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => TimelineErrorInfoProvider.CodeOf(e) == ErrorCodes.Neo4jUnavailable) == true)
            return StatusCodes.Status503ServiceUnavailable;
        if (result.Errors?.Any(e => TimelineErrorInfoProvider.CodeOf(e) == SecurityErrorCodes.Forbidden) == true)
            return StatusCodes.Status403Forbidden;
        if (result.Errors?.Any(e => TimelineErrorInfoProvider.CodeOf(e) == SecurityErrorCodes.QueryTimeout) == true)
            return StatusCodes.Status504GatewayTimeout;
        // graphql-response+json: a request that did not execute (parse, validation, variable errors) is a 400.
        if (mediaType == MediaTypes.GraphQLResponse && !result.Executed)
            return StatusCodes.Status400BadRequest;
        return StatusCodes.Status200OK;
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected?.Operation == OperationType.Mutation;
    }

    private static (GraphQLRequest?, (int Status, string Code, string Message)?) ReadQueryString(HttpRequest request, IServiceProvider services)
    {
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        try
        {
            return (new GraphQLRequest
            {
                Query = request.Query["query"].ToString(),
                OperationName = request.Query.TryGetValue("operationName", out var name) && name.Count > 0 ? name.ToString() : null,
                Variables = request.Query.TryGetValue("variables", out var variables) && !string.IsNullOrEmpty(variables)
                    ? serializer.Deserialize<Inputs>(variables.ToString())
                    : null,
                Extensions = request.Query.TryGetValue("extensions", out var extensions) && !string.IsNullOrEmpty(extensions)
                    ? serializer.Deserialize<Inputs>(extensions.ToString())
                    : null,
            }, null);
        }
        catch (JsonException)
        {
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, "'variables' and 'extensions' must be JSON objects."));
        }
    }

    private static async Task<(GraphQLRequest?, (int Status, string Code, string Message)?)> ReadBodyAsync(
        HttpContext http, GraphQLLimitsOptions limits, IServiceProvider services)
    {
        var contentType = http.Request.ContentType ?? "";
        if (!contentType.StartsWith(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            && !contentType.StartsWith(MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadUserInput, "Send the request as application/json."));
        }
        var body = await BodyReader.ReadAsync(http.Request, limits.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, ErrorCodes.BadUserInput,
                $"The request body is larger than {limits.MaxRequestBytes} bytes."));
        }
        try
        {
            var request = services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<GraphQLRequest>(System.Text.Encoding.UTF8.GetString(body));
            return request is null
                ? (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, "The body must be a JSON object."))
                : (request, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, "The body is not a valid GraphQL request (JSON object with a 'query' string)."));
        }
    }
}
