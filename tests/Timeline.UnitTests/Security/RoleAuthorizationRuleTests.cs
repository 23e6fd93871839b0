using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Execution;
using Timeline.Api.Security;
using Timeline.Core.Security;
using Timeline.UnitTests.Api;

namespace Timeline.UnitTests.Security;

/// <summary>A mutation field is run only by a caller whose role grants the role the field declares; a field that declares
/// none is run by no one. Checked on a small schema of its own, so the rule is tested apart from today's mutations.</summary>
public sealed class RoleAuthorizationRuleTests
{
    private static readonly Lazy<ISchema> TestSchema = new(() =>
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Resolve(_ => "hello");
        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<StringGraphType>("ingest").RequiresRole(ApiKeyRole.Writer).Resolve(_ => "ingested");
        mutation.Field<StringGraphType>("retractSource").RequiresRole(ApiKeyRole.Editor).Resolve(_ => "retracted");
        mutation.Field<StringGraphType>("undeclared").Resolve(_ => "ran");
        var schema = new Schema { Query = query, Mutation = mutation };
        schema.Initialize();
        return schema;
    });

    [Fact]
    public void A_field_marked_editor_is_refused_to_a_writer_and_a_reader_and_run_by_an_editor()
    {
        const string retract = "mutation { retractSource }";
        Assert.Empty(Refusals(retract, ApiKeyRole.Editor));
        Assert.Equal(["Role 'writer' may not run 'retractSource'; it needs role 'editor'."], Refusals(retract, ApiKeyRole.Writer));
        Assert.Equal(["Role 'reader' may not run 'retractSource'; it needs role 'editor'."], Refusals(retract, ApiKeyRole.Reader));
    }

    [Fact]
    public void A_field_marked_writer_is_run_by_a_writer_and_an_editor_and_refused_to_a_reader()
    {
        Assert.Empty(Refusals("mutation { ingest }", ApiKeyRole.Writer));
        Assert.Empty(Refusals("mutation { ingest }", ApiKeyRole.Editor));
        Assert.Equal(["Role 'reader' may not run 'ingest'; it needs role 'writer'."], Refusals("mutation { ingest }", ApiKeyRole.Reader));
    }

    [Theory]
    [InlineData(ApiKeyRole.Reader)]
    [InlineData(ApiKeyRole.Writer)]
    [InlineData(ApiKeyRole.Editor)]
    public void A_mutation_field_that_declares_no_role_is_refused_to_everyone(string role) =>
        Assert.Equal([$"Role '{role}' may not run 'undeclared'; it declares no required role, so no role may run it."],
            Refusals("mutation { undeclared }", role));

    [Fact]
    public void Each_refused_field_is_named_and_the_allowed_ones_are_not()
    {
        Assert.Equal(["Role 'writer' may not run 'retractSource'; it needs role 'editor'."],
            Refusals("mutation { ingest retractSource again: ingest }", ApiKeyRole.Writer));
        Assert.Equal(2, Refusals("mutation { ingest retractSource }", ApiKeyRole.Reader).Count);
    }

    [Fact]
    public void Fields_reached_through_fragments_are_checked_too()
    {
        Assert.Single(Refusals("mutation { ...Curate } fragment Curate on Mutation { retractSource }", ApiKeyRole.Writer));
        Assert.Single(Refusals("mutation { ... on Mutation { retractSource } }", ApiKeyRole.Writer));
        Assert.Single(Refusals("mutation { ... { ...Curate } } fragment Curate on Mutation { ingest undeclared }", ApiKeyRole.Editor));
        // A field the caller may not run is refused even when @skip would leave it out.
        Assert.Single(Refusals("mutation { retractSource @skip(if: true) }", ApiKeyRole.Writer));
        Assert.Empty(Refusals("mutation { ...Curate } fragment Curate on Mutation { retractSource __typename }", ApiKeyRole.Editor));
    }

    [Fact]
    public void A_request_without_a_caller_or_with_an_unknown_role_runs_no_mutation()
    {
        Assert.Single(Refusals("mutation { ingest }", role: null));
        Assert.Equal(["Role 'none' may not run 'ingest'; it needs role 'writer'."], Refusals("mutation { ingest }", role: null, withCaller: false));
        Assert.Equal(["Role 'admin' may not run 'ingest'; it needs role 'writer'."], Refusals("mutation { ingest }", "admin"));
    }

    [Fact]
    public void Queries_are_not_this_rules_business()
    {
        Assert.Empty(Refusals("{ hello }", ApiKeyRole.Reader));
        Assert.Empty(Refusals("query { hello }", role: null, withCaller: false));
    }

    [Fact]
    public void An_unknown_role_cannot_be_declared() =>
        Assert.Throws<ArgumentException>(() => new ObjectGraphType().Field<StringGraphType>("x").RequiresRole("admin"));

    [Fact]
    public void Every_mutation_field_of_the_service_declares_its_role()
    {
        var mutation = TranslationHarness.Schema.Mutation!;
        Assert.NotEmpty(mutation.Fields);
        Assert.All(mutation.Fields, field => Assert.True(ApiKeyRole.IsKnown(field.RequiredRole()), $"{field.Name} declares no role"));
        Assert.Equal(ApiKeyRole.Writer, mutation.GetField("ingestDocument")!.RequiredRole());
    }

    // The FORBIDDEN messages the rule reports for the operation, validated as the executor validates it.
    private static IReadOnlyList<string> Refusals(string text, string? role, bool withCaller = true)
    {
        var document = GraphQLParser.Parser.Parse(text);
        var result = new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = TestSchema.Value,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = [.. DocumentValidator.CoreRules, RoleAuthorizationRule.Instance],
            Variables = Inputs.Empty,
            RequestServices = new ServiceCollection().BuildServiceProvider(),
            User = withCaller ? CallerClaims.Principal("test", "key:0123456789ab", role ?? "") : null,
        }).GetAwaiter().GetResult();
        var others = result.Errors.Where(e => e.Code != SecurityErrorCodes.Forbidden).Select(e => e.Message).ToList();
        Assert.True(others.Count == 0, "The test operation is invalid: " + string.Join("; ", others));
        return result.Errors.Where(e => e.Code == SecurityErrorCodes.Forbidden).Select(e => e.Message).ToList();
    }
}
