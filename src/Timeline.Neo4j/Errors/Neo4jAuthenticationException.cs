namespace Timeline.Neo4j;

/// <summary>The server refused the configured credentials (HTTP 401, <c>Neo.ClientError.Security.*</c>).</summary>
public sealed class Neo4jAuthenticationException : Neo4jClientException
{
    /// <summary>Creates the error; the message names the user and the server but never the password.</summary>
    public Neo4jAuthenticationException(string code, string serverMessage, string user, string serverUrl)
        : base($"Neo4j rejected the credentials for user '{user}' at {serverUrl}: {serverMessage.Trim()} ({code})", code, serverMessage, null)
    {
        User = user;
        ServerUrl = serverUrl;
    }

    /// <summary>The user name that was refused.</summary>
    public string User { get; }

    /// <summary>The server that refused it.</summary>
    public string ServerUrl { get; }
}
