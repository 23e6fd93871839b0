using GraphQL.Builders;
using GraphQL.Types;

namespace Timeline.Api.GraphTypes;

/// <summary>The <c>first</c>/<c>after</c> arguments of a nested connection.</summary>
internal static class PageArguments
{
    public static FieldBuilder<object, object> Page(this FieldBuilder<object, object> field, int first) => field
        .Argument(new IntGraphType(), "first", a =>
        {
            a.Description = "Page size (at most the configured maximum, 100 by default).";
            a.DefaultValue = first;
        })
        .Argument(new StringGraphType(), "after", a => a.Description = "Cursor to continue after (pageInfo.endCursor).");
}
