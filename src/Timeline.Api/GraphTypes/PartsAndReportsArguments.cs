using GraphQL.Builders;
using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary>The arguments <c>timeline</c> and <c>statements</c> share beside their own: <c>includeParts</c> (an entity stands
/// for its parts too) and the report-time axis, <c>knownAt</c> and <c>sources</c>.</summary>
internal static class PartsAndReportsArguments
{
    public static FieldBuilder<object, object> PartsAndReports(this FieldBuilder<object, object> field, string items, string entities) => field
        .IncludeParts(entities)
        .Argument(TypeRefs.Named(GraphQLNames.DateInput), "knownAt", a => a.Description =
            $"Only what was known at this date: {items} reported by a source published on or before the END of this date, at its precision (a range: its latest end). knownAt \"2026-01\" = published by 31 January 2026 23:59:59 UTC; a source published only as \"2026-01\" counts at \"2026-01\" but not at \"2026-01-15\". {Capital(items)} that no dated source reports are left out.")
        .Argument(TypeRefs.OptionalListOf(new IdGraphType()), "sources", a => a.Description =
            $"Only {items} reported by one of these sources (source ids; an unknown id matches nothing).");

    /// <summary><c>includeParts: Boolean = false</c>: <paramref name="entities"/> also stand for their parts (<c>timeline</c>,
    /// <c>statements</c>, <c>Entity.associates</c>).</summary>
    public static FieldBuilder<object, object> IncludeParts(this FieldBuilder<object, object> field, string entities) => field
        .Argument(new BooleanGraphType(), "includeParts", a =>
        {
            a.Description = $"With true, {entities} also stands for every entity PART_OF it, transitively (up to {Timeline.Query.Graph.PartsOf.MaxSteps} steps): a country then includes its government, forces and ministries.";
            a.DefaultValue = false;
        });

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
