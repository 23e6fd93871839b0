namespace Timeline.Client;

/// <summary>The Browser text a result carries: written by the service from the question it answered (the client writes no
/// Cypher of its own).</summary>
internal static class BrowserCypherText
{
    public static string Of(string? text) =>
        text ?? throw new InvalidOperationException("This result has no Browser text: it was not returned by TimelineClient from a service that writes one.");
}
