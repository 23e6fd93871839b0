using GraphQL;
using GraphQL.Resolvers;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Execution;
using Timeline.Api.Translation;
using Timeline.Api.Translation.Roots;
using Timeline.Query.Questions;

namespace Timeline.Api.GraphTypes;

/// <summary>Resolves a root query field: compile the whole selection to one Cypher statement (or take the one compiled for
/// the same request before, <see cref="CompiledPlans"/>), run it (one round trip), shape the rows into the objects the fields
/// below read. A request whose <c>extensions</c> hold <c>browserCypher: true</c> also
/// gets the question as a Browser text in <c>extensions.browserCypher.&lt;responseKey&gt;</c>. A question's argument error
/// is BAD_USER_INPUT, an id that names nothing NOT_FOUND.</summary>
internal sealed class RootFieldResolver(IRootCompiler compiler) : IFieldResolver
{
    /// <summary>The request extension that asks for the Browser text of each root field.</summary>
    public const string BrowserCypherExtension = "browserCypher";

    public IRootCompiler Compiler => compiler;

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        try
        {
            var plan = services.GetRequiredService<CompiledPlans>().GetOrCompile(context,
                () => services.GetRequiredService<QueryTranslator>().Compile(context, compiler));
            if (context.InputExtensions.TryGetValue(BrowserCypherExtension, out var wanted) && wanted is true)
                context.SetOutputExtension(BrowserCypherExtension + "." + (context.FieldAst.Alias?.Name ?? context.FieldAst.Name).StringValue, plan.BrowserCypher());
            var result = await services.GetRequiredService<CypherReader>().ReadAsync(plan.Query, context.FieldDefinition.Name, context.CancellationToken);
            return plan.Shape(result);
        }
        catch (QuestionArgumentException e)
        {
            throw new TimelineException(ErrorCodes.BadUserInput, e.Message);
        }
        catch (NodeNotFoundException e)
        {
            throw new TimelineException(ErrorCodes.NotFound, e.Message);
        }
    }
}
