using Timeline.Query.Paging;

namespace Timeline.Query.Questions;

/// <summary>The entities question's arguments: only entities with this kind's label (subkinds included), or all; one page.</summary>
public sealed record EntitiesArguments(string? Kind, Page? Page = null);
