using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Text.Json;
using Timeline.Api.Hosting;
using Timeline.Api.Security;
using Timeline.Core.Security;
using Timeline.IntegrationTests.Api;
using Timeline.IntegrationTests.Ingest;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Security;

/// <summary>Who may call the API: API keys and JWTs with roles reader, writer and editor; no anonymous access unless configured.</summary>
public sealed class AuthenticationTests(SecuredApi api) : IClassFixture<SecuredApi>
{
    private const string Query = """{ entity(id: "gov:venezuela") { id } }""";
    private const string Mutation = "mutation($document: IngestDocumentInput!) { ingestDocument(document: $document) { ok sourceId errors { path message } } }";

    [Fact]
    public async Task A_request_without_credentials_is_401_unauthenticated()
    {
        using var response = await SecuredApi.SendRaw(api.Factory, Query);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal(HttpStatusCode.Unauthorized, body.Status);
        Assert.Equal(["UNAUTHENTICATED"], body.ErrorCodes);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString());

        using var http = api.Factory.CreateAnonymousClient();
        var get = await GraphQLResponse.ReadAsync(await http.GetAsync("/graphql?query=" + Uri.EscapeDataString(Query)));
        Assert.Equal(HttpStatusCode.Unauthorized, get.Status);
        Assert.Equal(["UNAUTHENTICATED"], get.ErrorCodes);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("tlk_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("")]
    public async Task A_malformed_or_unknown_key_is_401(string key)
    {
        var response = await api.PostAsync(Query, apiKey: key);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_known_key_id_with_a_wrong_secret_is_401_and_the_key_never_reaches_the_logs()
    {
        var forged = api.ReaderKey[..(ApiKeyFormat.Prefix.Length + 13)] + new string('A', 43);
        var response = await api.PostAsync(Query, apiKey: forged);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Query, apiKey: api.ReaderKey)).Status);

        var logs = string.Join("\n", api.Logs.Entries.Select(e => e.Message + e.Exception));
        Assert.Contains(ApiKeyFormat.IdOf(forged)!, logs);
        Assert.DoesNotContain(forged, logs);
        Assert.DoesNotContain(api.ReaderKey, logs);
        Assert.DoesNotContain(api.WriterKey, logs);
    }

    [Fact]
    public async Task A_reader_may_query_but_not_ingest()
    {
        var read = await api.PostAsync(Query, apiKey: api.ReaderKey);
        read.AssertOk();
        Assert.Equal("gov:venezuela", read.Data.GetProperty("entity").GetProperty("id").GetString());

        var doc = new TestDocument();
        var write = await api.PostAsync(Mutation, new { document = Variable(doc) }, apiKey: api.ReaderKey);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal(["FORBIDDEN"], write.ErrorCodes);
        Assert.Equal(0, await CountIds(doc.Ids));
        Assert.Contains(api.Logs.Entries, e => e.Message.Contains($"Refused a mutation from key:{ApiKeyFormat.IdOf(api.ReaderKey)}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_writer_may_ingest_and_query()
    {
        var doc = new TestDocument();
        try
        {
            var write = (await api.PostAsync(Mutation, new { document = Variable(doc) }, apiKey: api.WriterKey)).AssertOk();
            Assert.True(write.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), write.Body);
            Assert.Equal(doc.Ids.Count(), await CountIds(doc.Ids));
            (await api.PostAsync(Query, apiKey: api.WriterKey)).AssertOk();
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(api.Server.Client, doc.Ids);
        }
    }

    [Fact]
    public async Task A_mutation_a_writer_ran_is_still_refused_to_a_reader()
    {
        // The writer's request leaves the mutation's document known to be valid; the caller's role is checked again.
        var allowed = new TestDocument();
        var refused = new TestDocument();
        try
        {
            (await api.PostAsync(Mutation, new { document = Variable(allowed) }, apiKey: api.WriterKey)).AssertOk();
            var write = await api.PostAsync(Mutation, new { document = Variable(refused) }, apiKey: api.ReaderKey);
            Assert.Equal(HttpStatusCode.Forbidden, write.Status);
            Assert.Equal(["FORBIDDEN"], write.ErrorCodes);
            Assert.Equal(0, await CountIds(refused.Ids));
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(api.Server.Client, [.. allowed.Ids, .. refused.Ids]);
        }
    }

    [Fact]
    public async Task An_editor_may_ingest_and_query()
    {
        var doc = new TestDocument();
        try
        {
            var write = (await api.PostAsync(Mutation, new { document = Variable(doc) }, apiKey: api.EditorKey)).AssertOk();
            Assert.True(write.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), write.Body);
            Assert.Equal(doc.Ids.Count(), await CountIds(doc.Ids));
            var read = (await api.PostAsync(Query, apiKey: api.EditorKey)).AssertOk();
            Assert.Equal("gov:venezuela", read.Data.GetProperty("entity").GetProperty("id").GetString());
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(api.Server.Client, doc.Ids);
        }
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once_when_keys_are_not_cached()
    {
        var key = await api.Keys.IssueAsync(ApiKeyRole.Reader, "to be revoked");
        (await api.PostAsync(Query, apiKey: key)).AssertOk();

        Assert.Equal(ApiKeyStore.RevokeOutcome.Revoked, await api.Keys.Store.RevokeAsync(ApiKeyFormat.IdOf(key)!));

        var refused = await api.PostAsync(Query, apiKey: key);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
        Assert.Equal(ApiKeyStore.RevokeOutcome.AlreadyRevoked, await api.Keys.Store.RevokeAsync(ApiKeyFormat.IdOf(key)!));
    }

    [Fact]
    public async Task Only_the_hash_of_a_key_is_stored()
    {
        var id = ApiKeyFormat.IdOf(api.WriterKey)!;
        var node = (await api.Server.Client.RunAsync("MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS props",
            new Dictionary<string, object?> { ["id"] = id })).Single().Get<IReadOnlyDictionary<string, object?>>("props");
        Assert.Equal(ApiKeyFormat.Hash(api.WriterKey), node["hash"]);
        Assert.Equal("writer", node["role"]);
        Assert.Equal("SecuredApi writer", node["name"]);
        Assert.True(node.ContainsKey("createdAt"));
        Assert.False(node.ContainsKey("revokedAt"));
        Assert.DoesNotContain(node.Values, v => v is string s && s.Contains(api.WriterKey[(ApiKeyFormat.Prefix.Length + 13)..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Jwt_bearer_tokens_carry_the_role()
    {
        var subject = TestIds.New("analyst-");
        var reader = TestJwt.Create(subject, ApiKeyRole.Reader);
        (await api.PostAsync(Query, bearer: reader)).AssertOk();

        var doc = new TestDocument();
        var forbidden = await api.PostAsync(Mutation, new { document = Variable(doc) }, bearer: reader);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal(["FORBIDDEN"], forbidden.ErrorCodes);

        try
        {
            var writer = TestJwt.Create(subject, ApiKeyRole.Writer);
            var written = (await api.PostAsync(Mutation, new { document = Variable(doc) }, bearer: writer)).AssertOk();
            Assert.True(written.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), written.Body);
            var actor = (await api.Server.Client.RunAsync("MATCH (a:IngestAudit {sourceId: $id}) RETURN a.actor AS actor",
                new Dictionary<string, object?> { ["id"] = doc.SourceId })).Single().Get<string>("actor");
            Assert.Equal("jwt:" + subject, actor);
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(api.Server.Client, doc.Ids);
        }
    }

    [Fact]
    public async Task A_jwt_with_role_editor_is_an_editor()
    {
        var subject = TestIds.New("editor-");
        var editor = TestJwt.Create(subject, ApiKeyRole.Editor);
        var doc = new TestDocument();
        try
        {
            var written = (await api.PostAsync(Mutation, new { document = Variable(doc) }, bearer: editor)).AssertOk();
            Assert.True(written.Data.GetProperty("ingestDocument").GetProperty("ok").GetBoolean(), written.Body);
            (await api.PostAsync(Query, bearer: editor)).AssertOk();
        }
        finally
        {
            await Neo4jTestData.DeleteIdsAsync(api.Server.Client, doc.Ids);
        }

        // No mutation needs more than writer yet, so the role the host gives a token is read from the host's own token
        // validation: of several role claims the highest known one counts, whatever their order; unknown ones count for nothing.
        Assert.Equal(ApiKeyRole.Editor, await HostRoleOf(editor));
        Assert.Equal(ApiKeyRole.Editor, await HostRoleOf(TestJwt.CreateWithRoles(subject, "editor", "reader")));
        Assert.Equal(ApiKeyRole.Editor, await HostRoleOf(TestJwt.CreateWithRoles(subject, "reader", "admin", "editor")));
        Assert.Equal(ApiKeyRole.Writer, await HostRoleOf(TestJwt.CreateWithRoles(subject, "writer", "Editor", "reader")));
    }

    [Fact]
    public async Task Expired_forged_or_foreign_tokens_are_401_and_a_token_without_a_role_is_403()
    {
        var expired = TestJwt.Create("someone", ApiKeyRole.Writer, expires: DateTime.UtcNow.AddMinutes(-3));
        var forged = TestJwt.Create("someone", ApiKeyRole.Writer, signingKey: "another-key-that-is-long-enough-for-hmac-sha256");
        var foreign = TestJwt.Create("someone", ApiKeyRole.Writer, issuer: "https://elsewhere.test");
        foreach (var token in new[] { expired, forged, foreign, "not.a.token" })
        {
            var response = await api.PostAsync(Query, bearer: token);
            Assert.True(response.Status == HttpStatusCode.Unauthorized, response.ToString());
            Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
            Assert.DoesNotContain("IDX", response.Body, StringComparison.Ordinal);
        }

        var roleless = await api.PostAsync(Query, bearer: TestJwt.Create("someone", role: null));
        Assert.Equal(HttpStatusCode.Forbidden, roleless.Status);
        Assert.Equal(["FORBIDDEN"], roleless.ErrorCodes);
    }

    [Fact]
    public async Task Export_downloads_need_a_credential_too()
    {
        using var anonymous = api.Factory.CreateAnonymousClient();
        foreach (var path in new[] { "/export/graphml?entity=gov:venezuela", "/export/timeline.csv?involving=gov:venezuela", "/export/statements.csv", "/export/timelinejs" })
        {
            var refused = await GraphQLResponse.ReadAsync(await anonymous.GetAsync(path));
            Assert.True(refused.Status == HttpStatusCode.Unauthorized, $"{path}: {refused}");
            Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
        }
        using var reader = api.Factory.CreateAnonymousClient();
        reader.DefaultRequestHeaders.Add("X-Api-Key", api.ReaderKey);
        var csv = await reader.GetAsync("/export/timeline.csv?involving=gov:venezuela");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("gov", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_and_the_graphiql_page_stay_open_and_the_page_asks_for_a_key()
    {
        using var http = api.Factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var page = await http.GetAsync("/graphiql");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("X-Api-Key", html);
        Assert.Contains("isHeadersEditorEnabled", html);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/graphiql/graphiql.min.js")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_access_is_possible_only_when_configured_and_then_reads_only()
    {
        await using var open = new TimelineApiFactory(TimelineApiFactory.Settings(api.Server.Options, new Dictionary<string, string?>
        {
            ["Timeline:Auth:AllowAnonymous"] = "true",
        }));
        (await SecuredApi.Send(open, Query)).AssertOk();
        var doc = new TestDocument();
        var write = await SecuredApi.Send(open, Mutation, new { document = Variable(doc) });
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal(["FORBIDDEN"], write.ErrorCodes);
        // A wrong key is still refused, not downgraded to anonymous.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SecuredApi.Send(open, Query, apiKey: "tlk_000000000000_x")).Status);
        Assert.Equal(0, await CountIds(doc.Ids));
    }

    [Fact]
    public async Task A_short_jwt_signing_key_stops_the_host_at_start_up()
    {
        await using var host = new TimelineApiFactory(TimelineApiFactory.Settings(api.Server.Options, new Dictionary<string, string?>
        {
            ["Timeline:Auth:Jwt:SigningKey"] = "too-short",
        }));
        // The host does not start. What a failed start throws depends on how far its teardown got (the validation error, or an
        // ObjectDisposedException of the half-built host), so the reason is read from the start-up validation itself.
        await Assert.ThrowsAnyAsync<Exception>(() => SecuredApi.Send(host, Query));

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Timeline:Auth:Jwt:SigningKey"] = "too-short" }).Build();
        await using var services = new ServiceCollection().AddTimelineOptions(configuration).BuildServiceProvider();
        var validator = services.GetRequiredService<IStartupValidator>();
        var failure = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Contains("at least 32 bytes", failure.Message);
        Assert.DoesNotContain("too-short", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("reader", true)]
    [InlineData("writer", true)]
    [InlineData("editor", true)]
    [InlineData("admin", false)]
    [InlineData("Editor", false)]
    public void The_anonymous_role_may_be_any_known_role(string? role, bool valid)
    {
        var settings = new Dictionary<string, string?>();
        if (role is not null)
            settings["Timeline:Auth:AnonymousRole"] = role;
        using var services = new ServiceCollection()
            .AddTimelineOptions(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
        if (valid)
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            Assert.Equal(role ?? ApiKeyRole.Reader, services.GetRequiredService<IOptions<AuthOptions>>().Value.AnonymousRole);
        }
        else
        {
            var failure = Assert.Throws<OptionsValidationException>(services.GetRequiredService<IStartupValidator>().Validate);
            Assert.Contains("AnonymousRole must be one of: reader, writer, editor", failure.Message);
        }
    }

    // The role the API host gives the caller a token proves: the token validated by the host's JwtBearer handler and
    // mapped by its token-validated event, as a request would be.
    private async Task<string?> HostRoleOf(string token)
    {
        var scheme = JwtBearerDefaults.AuthenticationScheme;
        var options = api.Factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(scheme);
        var validated = await options.TokenHandlers.Single().ValidateTokenAsync(token, options.TokenValidationParameters);
        Assert.True(validated.IsValid, validated.Exception?.Message);
        var context = new TokenValidatedContext(new DefaultHttpContext(), new AuthenticationScheme(scheme, null, typeof(JwtBearerHandler)), options)
        {
            Principal = new ClaimsPrincipal(validated.ClaimsIdentity),
        };
        await options.Events.TokenValidated(context);
        return context.Principal?.FindFirst(CallerClaims.Role)?.Value;
    }

    private static JsonElement Variable(TestDocument doc) => JsonDocument.Parse(doc.Json.ToJsonString()).RootElement;

    private async Task<long> CountIds(IEnumerable<string> ids) =>
        (await api.Server.Client.RunAsync("UNWIND $ids AS id MATCH (n {id: id}) RETURN count(n) AS n",
            new Dictionary<string, object?> { ["ids"] = ids.ToList() })).Single().Get<long>("n");
}
