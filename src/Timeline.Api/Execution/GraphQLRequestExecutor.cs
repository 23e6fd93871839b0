using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Timeline.Api.Hosting;
using Timeline.Api.Security;
using Timeline.Neo4j;

namespace Timeline.Api.Execution;

/// <summary>Executes one GraphQL request with this API's limits (depth, complexity with lists weighted by <c>first</c>, page
/// size, aliases), logs server faults, and reports the number of Cypher round trips in <c>extensions.cypherRoundTrips</c>.</summary>
internal sealed class GraphQLRequestExecutor
{
    private readonly IDocumentExecuter _executer;
    private readonly ISchema _schema;
    private readonly ILogger<GraphQLRequestExecutor> _logger;
    private readonly ValidatedDocuments _validated;
    private readonly IValidationRule[] _rules;
    private readonly IValidationRule[] _perRequestRules;

    public GraphQLRequestExecutor(IDocumentExecuter executer, ISchema schema, IOptions<GraphQLLimitsOptions> limits,
        ILogger<GraphQLRequestExecutor> logger, CypherRoundTrips roundTrips, ValidatedDocuments validated)
    {
        _ = roundTrips; // subscribes to the client's requests when first created
        _executer = executer;
        _validated = validated;
        _schema = schema;
        _logger = logger;
        var max = limits.Value;
        var defaultImpact = new ComplexityOptions().DefaultComplexityImpactDelegate;
        var complexity = new ComplexityOptions
        {
            MaxDepth = max.MaxDepth,
            MaxComplexity = max.MaxComplexity,
            DefaultListImpactMultiplier = 10,
            DefaultComplexityImpactDelegate = context =>
            {
                var result = defaultImpact(context);
                // An oversized 'first' is reported as BAD_USER_INPUT by PageSizeRule; weigh it at the cap here so that the
                // same query is not also reported as too complex.
                return new FieldComplexityResult(result.FieldImpact, Math.Min(result.ChildImpactMultiplier, Math.Max(max.MaxPageSize, 10)));
            },
            ValidateComplexityDelegate = context =>
            {
                if (context.Error is not null && IsIntrospectionOnly(context.ValidationContext.Operation))
                    context.Error = null; // GraphiQL's introspection query is deeper than any data query needs
                return Task.CompletedTask;
            },
        };
        // The rules that read the variables (a page's size, complexity weighted by 'first') or the caller (its role) run on
        // every request; the others only until the document is known to pass them (ValidatedDocuments).
        _perRequestRules = [RoleAuthorizationRule.Instance, new PageSizeRule(limits), new ComplexityValidationRule(complexity)];
        _rules = [.. DocumentValidator.CoreRules, new AliasLimitRule(limits), .. _perRequestRules];
    }

    /// <summary>The document of <paramref name="query"/>, parsed once for every request that sends the same text once it
    /// passed validation. Throws GraphQLParser's syntax and depth exceptions.</summary>
    public GraphQLDocument Parse(string query) => _validated.Parse(query);

    // user: the caller; its role decides whether mutations may run, and ingest audits record its actor.
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, GraphQLDocument? document, IServiceProvider services,
        CancellationToken cancellationToken, ClaimsPrincipal? user = null)
    {
        var counter = CypherRoundTrips.Begin();
        using var deadline = RequestDeadline.Start(services, document, request.OperationName, cancellationToken);
        ExecutionResult result;
        try
        {
            result = await Execute(request, document, services, deadline.Token, user).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.Expired && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Request cancelled after its time limit of {Limit}", deadline.Limit);
            result = deadline.TimeoutResult();
        }
        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions["cypherRoundTrips"] = counter.Count;
        return result;
    }

    private async Task<ExecutionResult> Execute(GraphQLRequest request, GraphQLDocument? document, IServiceProvider services,
        CancellationToken cancellationToken, ClaimsPrincipal? user)
    {
        var validated = document is not null && request.Query is not null && _validated.IsValidated(request.Query, document);
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            User = user,
            Schema = _schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            CancellationToken = cancellationToken,
            ValidationRules = validated ? _perRequestRules : _rules,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                if (context.OriginalException is Neo4jUnavailableException unavailable)
                    _logger.LogError("Neo4j is unavailable: {Reason}", unavailable.Message);
                else
                    _logger.LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name);
                return Task.CompletedTask;
            },
        }).ConfigureAwait(false);
        if (!validated && result.Executed && document is not null && request.Query is not null)
            _validated.Remember(request.Query, document); // executed: every rule passed
        return result;
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query
        && operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue is "__schema" or "__type");
}
