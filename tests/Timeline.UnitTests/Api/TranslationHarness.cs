using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Timeline.Api.GraphTypes;
using Timeline.Api.Hosting;
using Timeline.Api.Translation;
using Timeline.Query.Cypher;
using Timeline.Core.Ontology;

namespace Timeline.UnitTests.Api;

/// <summary>Compiles GraphQL operations to Cypher without a database: parse, validate and coerce variables as the executor
/// does, then translate each root field.</summary>
internal static class TranslationHarness
{
    private static readonly Lazy<ISchema> LazySchema = new(() =>
    {
        var schema = new TimelineSchema(new ServiceCollection().BuildServiceProvider(), OntologyModel.Default);
        schema.Initialize();
        return schema;
    });

    public static ISchema Schema => LazySchema.Value;

    /// <summary>One compiled statement per root field, in document order.</summary>
    public static IReadOnlyList<(string ResponseKey, CompiledQuery Query)> Compile(string query, string? variablesJson = null,
        GraphQLLimitsOptions? limits = null)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var inputs = variablesJson is null ? Inputs.Empty : new GraphQLSerializer().Deserialize<Inputs>(variablesJson)!;
        var validation = new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = inputs,
            RequestServices = new ServiceCollection().BuildServiceProvider(),
        }).GetAwaiter().GetResult();
        if (!validation.IsValid)
            throw new InvalidOperationException("Invalid test query: " + string.Join("; ", validation.Errors.Select(e => e.Message)));

        var translator = new QueryTranslator(OntologyModel.Default, Options.Create(limits ?? new GraphQLLimitsOptions()));
        var results = new List<(string, CompiledQuery)>();
        foreach (var field in operation.SelectionSet.Selections.OfType<GraphQLField>())
        {
            var key = (field.Alias?.Name ?? field.Name).StringValue;
            var compiler = ((RootFieldResolver)Schema.Query.GetField(field.Name)!.Resolver!).Compiler;
            results.Add((key, translator.Compile(Schema, document, operation, validation.Variables, Schema.Query, key, compiler).Query));
        }
        return results;
    }

    /// <summary>Text and parameters of a statement as one reviewable document.</summary>
    public static string Render(CompiledQuery query) =>
        query.Text + "\n\n// parameters\n" + JsonSerializer.Serialize(
            query.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value),
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
}
