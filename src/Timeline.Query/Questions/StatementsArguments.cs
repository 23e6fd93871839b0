using Timeline.Query.Expressions;
using Timeline.Query.Paging;

namespace Timeline.Query.Questions;

/// <summary>The statements question's arguments.</summary>
/// <param name="Speaker">Id of the entity that said them, or null.</param>
/// <param name="About">Id of an entity, event or statement they are about, or null.</param>
/// <param name="Window">Statements overlapping this window.</param>
/// <param name="Page">One page of the answer; null: all of it.</param>
public sealed record StatementsArguments(string? Speaker, string? About, DateWindow Window, Page? Page = null);
