using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Timeline.Neo4j;
using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Neo4j;

/// <summary>The client must drop an idle pooled connection before the server does: a request sent on a connection the server
/// is closing at that moment fails ("the response ended prematurely"), as one did in a CI run whose test had left its client
/// idle for the 30 s the server keeps a connection.</summary>
public sealed class IdleConnectionTests(Neo4jFixture db) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task The_client_lets_an_idle_connection_go_before_the_server_closes_it()
    {
        var uri = db.Server.Options.Uri;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: keep-alive\r\n\r\n"));

        // Read the answer, then wait until the server closes the connection (a read of 0 bytes), however long that takes.
        var buffer = new byte[8192];
        var answer = await stream.ReadAsync(buffer);
        Assert.StartsWith("HTTP/1.1 200", Encoding.ASCII.GetString(buffer, 0, answer));
        var idle = Stopwatch.StartNew();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (await stream.ReadAsync(buffer, limit.Token) > 0)
        {
        }
        idle.Stop();

        // The server's idle timeout is a lower bound on when it closes, whatever the machine's load.
        var ours = new Neo4jOptions().IdleConnectionTimeout;
        Assert.True(ours < idle.Elapsed, $"the client keeps idle connections {ours.TotalSeconds} s; the server closed one after {idle.Elapsed.TotalSeconds:0.0} s");
    }
}
