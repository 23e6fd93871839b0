namespace Timeline.Drafting.Linking;

/// <summary>An entity already in the graph, as the linker sees it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind's name (the most specific, e.g. <c>Government</c>).</param>
/// <param name="MatchedKeys">Which of the looked-up name keys (normalised as <c>search</c> normalises) it carries.</param>
/// <param name="NameKey">Its name, normalised.</param>
public sealed record KnownEntity(string Id, string Name, string Kind, IReadOnlyList<string> MatchedKeys, string NameKey);
