using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Timeline.Testing.Neo4j;

/// <summary>Answers "is a Docker engine running?" quickly and without throwing, by pinging its API (<c>GET /_ping</c>).
/// Testcontainers' own detection throws and can take long when no engine runs, and the docker CLI may be installed
/// without an engine (as on the build machines).</summary>
public static class Neo4jDockerProbe
{
    /// <summary>True if the engine at DOCKER_HOST (unix:// or tcp://) or /var/run/docker.sock answers within <paramref name="timeout"/>.</summary>
    public static async Task<bool> EngineAnswersAsync(TimeSpan timeout)
    {
        try
        {
            using var cts = new CancellationTokenSource(timeout);
            var endpoint = Endpoint();
            if (endpoint is null)
                return false;
            using var socket = endpoint is UnixDomainSocketEndPoint
                ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                : new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(endpoint, cts.Token).ConfigureAwait(false);
            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"), cts.Token).ConfigureAwait(false);
            var buffer = new byte[256];
            var read = await socket.ReceiveAsync(buffer, cts.Token).ConfigureAwait(false);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("HTTP/1.", StringComparison.Ordinal)
                && Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException or UriFormatException or ArgumentException)
        {
            return false;
        }
    }

    private static EndPoint? Endpoint()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrEmpty(host))
            return File.Exists("/var/run/docker.sock") ? new UnixDomainSocketEndPoint("/var/run/docker.sock") : null;
        var uri = new Uri(host);
        return uri.Scheme switch
        {
            "unix" => new UnixDomainSocketEndPoint(uri.AbsolutePath),
            "tcp" => new DnsEndPoint(uri.Host, uri.Port),
            _ => null,
        };
    }
}
