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
    private readonly IValidationRule[] _rules;

    public GraphQLRequestExecutor(IDocumentExecuter executer, ISchema schema, IOptions<GraphQLLimitsOptions> limits,
        ILogger<GraphQLRequestExecutor> logger, CypherRoundTrips roundTrips)
    {
        _ = roundTrips; // subscribes to the client's requests when first created
        _executer = executer;
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
        _rules = [.. DocumentValidator.CoreRules, RoleAuthorizationRule.Instance, new AliasLimitRule(limits), new PageSizeRule(limits), new ComplexityValidationRule(complexity)];
    }

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

    private Task<ExecutionResult> Execute(GraphQLRequest request, GraphQLDocument? document, IServiceProvider services,
        CancellationToken cancellationToken, ClaimsPrincipal? user) =>
        _executer.ExecuteAsync(new ExecutionOptions
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
            ValidationRules = _rules,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                if (context.OriginalException is Neo4jUnavailableException unavailable)
                    _logger.LogError("Neo4j is unavailable: {Reason}", unavailable.Message);
                else
                    _logger.LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name);
                return Task.CompletedTask;
            },
        });

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query
        && operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue is "__schema" or "__type");
}
