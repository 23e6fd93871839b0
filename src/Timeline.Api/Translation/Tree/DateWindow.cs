namespace Timeline.Api.Translation.Tree;

/// <summary>A time window from <c>from</c>/<c>to</c> arguments: [Parse(from).Earliest, Parse(to).Latest] as sortable keys.</summary>
internal sealed class DateWindow(string? start, string? end)
{
    public string? Start { get; } = start;

    public string? End { get; } = end;

    public bool IsOpen => Start is null && End is null;

    // Identity objects so that one window written in several places shares its parameters.
    public object StartOwner { get; } = new();

    public object EndOwner { get; } = new();
}
