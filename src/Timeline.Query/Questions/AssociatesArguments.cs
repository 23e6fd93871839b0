using Timeline.Query.Expressions;

namespace Timeline.Query.Questions;

/// <summary>The associates question's arguments (those of <c>Entity.associates</c>, for one entity by id).</summary>
/// <param name="Entity">The entity's id.</param>
/// <param name="Window">Only shared items overlapping this window count.</param>
/// <param name="Kinds">Only associates with one of these (checked) kind labels; null: all.</param>
/// <param name="First">At most this many associates.</param>
/// <param name="IncludeParts">The entity also stands for its parts (PART_OF, up to 3 steps), which are never its associates.</param>
public sealed record AssociatesArguments(string Entity, DateWindow Window, IReadOnlyList<string>? Kinds, int First, bool IncludeParts = false);
