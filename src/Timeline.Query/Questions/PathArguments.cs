namespace Timeline.Query.Questions;

/// <summary>The path question's arguments: a shortest path between two entities or events, at most
/// <paramref name="MaxHops"/> steps long.</summary>
public sealed record PathArguments(string From, string To, int MaxHops);
