namespace Timeline.Query.Questions;

/// <summary>The paths question's arguments: every shortest path of <see cref="PathArguments"/>, at most
/// <paramref name="First"/> of them.</summary>
public sealed record PathsArguments(PathArguments Path, int First);
