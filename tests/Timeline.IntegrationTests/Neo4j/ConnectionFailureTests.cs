using System.Net;
using System.Net.Sockets;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

public sealed class ConnectionFailureTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task Wrong_password_is_an_authentication_error_that_names_user_and_server_but_not_the_password()
    {
        // One failing request only: Neo4j locks the user out for a few seconds after repeated failures, which would
        // break the other tests sharing the server.
        var password = "wrong-" + Guid.NewGuid().ToString("N");
        await using var client = db.Server.CreateClient(o => o.Password = password);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1"));

        Assert.StartsWith($"Neo4j rejected the credentials for user '{db.Server.Options.User}' at {db.Server.Options.Uri}", error.Message);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.DoesNotContain(password, error.ToString());
        Assert.DoesNotContain(password, client.ToString());
        Assert.DoesNotContain(password, db.Server.CopyOptions().ToString());
    }

    [Fact]
    public async Task Verifying_connectivity_sends_the_probe_and_answers_what_the_server_is()
    {
        await using var client = db.Server.CreateClient();
        var sent = new List<Statement>();
        client.RequestSending += statements => sent.AddRange(statements);

        var server = await client.VerifyConnectivityAsync();

        Assert.Same(Neo4jClient.ConnectivityProbe, Assert.Single(sent));
        Assert.Equal(await client.GetServerInfoAsync(), server);
        Assert.False(string.IsNullOrEmpty(server.Version));
    }

    [Fact]
    public async Task Closed_port_is_reported_unreachable_as_refused_also_when_verifying_connectivity()
    {
        // A socket bound but not listening holds the port for the test (no other process can take it meanwhile), and the
        // kernel refuses connections to it.
        using var closed = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        closed.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)closed.LocalEndPoint!).Port;
        await using var client = new Neo4jClient(new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), Password = "irrelevant" });

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync("RETURN 1"));
        var verifying = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.VerifyConnectivityAsync());

        Assert.StartsWith($"Neo4j unreachable at http://127.0.0.1:{port}/: ", error.Message);
        Assert.Contains("refused", error.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"Neo4j unreachable at http://127.0.0.1:{port}/: ", verifying.Message);
    }

    [Fact]
    public async Task Server_that_accepts_but_never_answers_times_out_as_unreachable()
    {
        // A listener that never accepts: the kernel completes the TCP handshake (backlog), then nothing is ever sent back.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var client = new Neo4jClient(new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), RequestTimeout = TimeSpan.FromSeconds(1) });

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync("RETURN 1"));

        Assert.Contains("unreachable", error.Message);
        Assert.Contains("no response within 1 s (RequestTimeout)", error.Reason);
    }

    [Fact]
    public async Task A_statement_blocked_longer_than_the_request_timeout_is_reported_not_hung()
    {
        var label = TestIds.Label();
        var id = TestIds.New("vessel:");
        await db.Client.RunAsync($"CREATE (:`{label}` {{id: $id}})", Params.Of(("id", id)));
        await using var holder = await db.Client.BeginTransactionAsync();
        await holder.RunAsync($"MATCH (v:`{label}` {{id: $id}}) SET v.locked = true", Params.Of(("id", id)));
        await using var client = db.Server.CreateClient(o => o.RequestTimeout = TimeSpan.FromSeconds(1));
        await client.GetServerInfoAsync();

        // The lock is held until after the call returned: only the request timeout can end it.
        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() =>
            client.RunAsync($"MATCH (v:`{label}` {{id: $id}}) SET v.waited = true", Params.Of(("id", id))));

        Assert.Contains("no response within 1 s", error.Reason);
        Assert.True(holder.IsActive);
        await holder.RollbackAsync();
        await Neo4jTestData.DeleteLabelAsync(db.Client, label);
    }

    [Fact]
    public async Task Server_info_reports_version_and_transaction_endpoint()
    {
        var info = await db.Client.GetServerInfoAsync();

        Assert.Matches(@"^\d+\.\d+", info.Version);
        Assert.Equal(int.Parse(info.Version.Split('.')[0]), info.Major);
        Assert.Contains(info.Major >= 4 ? "/tx" : "/db/data/transaction", info.TransactionEndpoint.AbsolutePath);
        Assert.Equal(db.Server.Options.Uri.Authority, info.TransactionEndpoint.Authority);
        Assert.Same(info, await db.Client.GetServerInfoAsync());
    }
}
