namespace Timeline.Api.Hosting;

/// <summary>Limits on <c>draftDocument</c> (configuration section <c>Drafting</c>).</summary>
public sealed class DraftingOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Drafting";

    /// <summary>Longest article text accepted, in characters; longer is a BAD_USER_INPUT error.</summary>
    public int MaxTextLength { get; set; } = 200_000;
}
