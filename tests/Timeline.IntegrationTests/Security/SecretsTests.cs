using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Timeline.Api.Hosting;
using Timeline.Neo4j;
using Timeline.IntegrationTests.Api;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.IntegrationTests.Security;

/// <summary>The Neo4j password comes from the environment or a secrets file (NEO4J_PASSWORD_FILE) and never appears in logs,
/// answers or CLI output — not even when Neo4j refuses it.</summary>
public sealed class SecretsTests(SecuredApi api) : IClassFixture<SecuredApi>
{
    [Fact]
    public async Task The_api_reads_the_password_file_and_never_logs_or_returns_the_password()
    {
        var file = await PasswordFile(api.Server.Options.Password);
        var logs = new CapturedLogs();
        var settings = TimelineApiFactory.Settings(api.Server.Options);
        settings["NEO4J_PASSWORD"] = "not-the-password";
        settings["Neo4j:Password"] = "not-the-password-either";
        settings["NEO4J_PASSWORD_FILE"] = file;
        await using var host = new TimelineApiFactory(settings, logs, apiKey: api.WriterKey);
        var bodies = new List<string>();

        var ok = await SecuredApi.Send(host, """{ entity(id: "gov:venezuela") { id } }""", apiKey: api.ReaderKey);
        ok.AssertOk();
        bodies.Add(ok.Body);
        bodies.Add((await SecuredApi.Send(host, """{ entity(id: "person:nobody") { id } }""", apiKey: api.ReaderKey)).Body);
        bodies.Add((await SecuredApi.Send(host, "{ broken", apiKey: api.ReaderKey)).Body);
        bodies.Add(await (await host.CreateClient().GetAsync("/healthz")).Content.ReadAsStringAsync());

        AssertAbsent(api.Server.Options.Password, logs, bodies);
        Assert.NotEmpty(logs.Entries);
    }

    [Fact]
    public async Task A_refused_password_is_named_nowhere()
    {
        // A distinct user name: Neo4j rate-limits failed logins per user, and the test server's own user must stay usable.
        const string secret = "Wrong-Secret-7f3b9c2e41d8";
        var file = await PasswordFile(secret);
        var logs = new CapturedLogs();
        var settings = TimelineApiFactory.Settings(api.Server.Options, new Dictionary<string, string?>
        {
            ["NEO4J_USER"] = TestIds.New("nobody-"),
            ["NEO4J_PASSWORD_FILE"] = file,
            ["Timeline:Auth:AllowAnonymous"] = "true",
        });
        await using var host = new TimelineApiFactory(settings, logs);
        // Neo4j refusing the configured credentials is a misconfiguration: the host does not start. What a failed start
        // throws depends on how far its teardown got (the refusal, or an ObjectDisposedException of the half-built host), so
        // the reason is read from the start-up step that refuses, wired as the host wires it (password file included).
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => SecuredApi.Send(host, """{ entity(id: "gov:venezuela") { id } }"""));
        Assert.DoesNotContain(secret, failure.ToString(), StringComparison.Ordinal);

        // Another unknown user again: failed logins are rate-limited per user.
        var again = new Dictionary<string, string?>(settings) { ["NEO4J_USER"] = TestIds.New("nobody-") };
        var refusal = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => StartSchemaMigrationAsync(again, logs));
        Assert.Contains("credentials", refusal.Message);
        Assert.DoesNotContain(secret, refusal.ToString(), StringComparison.Ordinal);
        AssertAbsent(secret, logs, []);

        var options = api.Server.CopyOptions();
        options.User = TestIds.New("nobody-");
        options.Password = "";
        var cli = await TimelineCliWithEnvironment(options, file);
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("credentials", cli.Stderr);
        Assert.DoesNotContain(secret, cli.Stdout + cli.Stderr, StringComparison.Ordinal);
    }

    // The first thing the host does at start-up that asks Neo4j anything: its schema migrations, with the host's own options
    // and graph-store registrations.
    private static async Task StartSchemaMigrationAsync(IDictionary<string, string?> settings, CapturedLogs logs)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<IHostApplicationLifetime, ApplicationLifetime>()
            .AddTimelineOptions(configuration)
            .AddTimelineGraphStore();
        await using var provider = services.BuildServiceProvider();
        var migration = provider.GetServices<IHostedService>().OfType<SchemaMigrationService>().Single();
        await migration.StartAsync(CancellationToken.None);
        await migration.StopAsync(CancellationToken.None);
    }

    private static void AssertAbsent(string password, CapturedLogs logs, IEnumerable<string> bodies)
    {
        Assert.False(string.IsNullOrEmpty(password));
        foreach (var entry in logs.Entries)
        {
            Assert.DoesNotContain(password, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(password, entry.Exception?.ToString() ?? "", StringComparison.Ordinal);
        }
        foreach (var body in bodies)
            Assert.DoesNotContain(password, body, StringComparison.Ordinal);
    }

    private static async Task<string> PasswordFile(string password)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("timeline-secret-").FullName, "neo4j-password");
        await File.WriteAllTextAsync(file, password + "\n");
        return file;
    }

    // The CLI with NEO4J_PASSWORD_FILE instead of NEO4J_PASSWORD.
    private static async Task<TimelineCli.Run> TimelineCliWithEnvironment(Timeline.Neo4j.Neo4jOptions options, string passwordFile)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "timeline.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("keys");
        start.ArgumentList.Add("list");
        start.Environment["NEO4J_URI"] = options.Uri.ToString();
        start.Environment["NEO4J_USER"] = options.User;
        start.Environment.Remove("NEO4J_PASSWORD");
        start.Environment["NEO4J_PASSWORD_FILE"] = passwordFile;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return new TimelineCli.Run(process.ExitCode, await stdout, await stderr);
    }
}
