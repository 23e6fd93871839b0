namespace Timeline.Core.Ingest;

/// <summary>One problem in an ingest document.</summary>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.events[3].participants[0].entity</c>; <c>$</c> for the whole document.</param>
/// <param name="Message">What is wrong and, where possible, what would be right.</param>
public sealed record ValidationError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
