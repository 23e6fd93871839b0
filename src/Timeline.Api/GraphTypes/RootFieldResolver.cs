using GraphQL;
using GraphQL.Resolvers;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Execution;
using Timeline.Api.Translation;
using Timeline.Api.Translation.Roots;

namespace Timeline.Api.GraphTypes;

/// <summary>Resolves a root query field: compile the whole selection to one Cypher statement, run it (one round trip), shape
/// the rows into the objects the fields below read.</summary>
internal sealed class RootFieldResolver(IRootCompiler compiler) : IFieldResolver
{
    public IRootCompiler Compiler => compiler;

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        var plan = services.GetRequiredService<QueryTranslator>().Compile(context, compiler);
        var result = await services.GetRequiredService<CypherReader>().ReadAsync(plan.Query, context.FieldDefinition.Name, context.CancellationToken);
        return plan.Shape(result);
    }
}
