using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Timeline.Api.Hosting;
using Timeline.Api.Translation.Compilation;
using Timeline.Api.Translation.Roots;
using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;

namespace Timeline.Api.Translation;

/// <summary>Compiles a root field, with its whole selection set, into one Cypher statement.</summary>
internal sealed class QueryTranslator(OntologyModel ontology, IOptions<GraphQLLimitsOptions> limits)
{
    /// <summary>At execution: the root field being resolved (merged with same-keyed occurrences, as the executor does).</summary>
    public RootPlan Compile(IResolveFieldContext context, IRootCompiler compiler) =>
        Compile(context.Schema, context.Document, context.Operation, context.Variables, context.ParentType,
            (context.FieldAst.Alias?.Name ?? context.FieldAst.Name).StringValue, compiler);

    public RootPlan Compile(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Variables? variables,
        IGraphType rootType, string responseKey, IRootCompiler compiler)
    {
        var collector = new SelectionCollector(schema, document, variables);
        var field = collector.Collect([operation.SelectionSet], rootType).Single(f => f.ResponseKey == responseKey);
        return compiler.Compile(field, new CompileContext(collector, ontology, limits.Value));
    }
}
