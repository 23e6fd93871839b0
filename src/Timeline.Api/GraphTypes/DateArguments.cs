using GraphQL.Builders;
using GraphQL.Types;

namespace Timeline.Api.GraphTypes;

/// <summary>The <c>from</c>/<c>to</c> window arguments shared by dated lists.</summary>
internal static class DateArguments
{
    public static FieldBuilder<object, object> Window(this FieldBuilder<object, object> field) => field
        .Argument(new StringGraphType(), "from", a => a.Description = "Window start as a PartialDate text (its earliest instant counts); items overlapping the window are returned.")
        .Argument(new StringGraphType(), "to", a => a.Description = "Window end as a PartialDate text (its latest instant counts).");
}
