using GraphQL.Types;

namespace Timeline.Api.GraphTypes;

/// <summary><c>input EventInput</c>.</summary>
internal sealed class EventInputType : InputObjectGraphType<object>
{
    public EventInputType()
    {
        Name = "EventInput";
        Description = "An event the document reports.";
        Field("id", new IdGraphType()).Description("Stable id, e.g. event:….");
        Field("type", new StringGraphType()).Description("Event type from the ontology.");
        Field("title", new StringGraphType()).Description("Short title.");
        Field("description", new StringGraphType()).Description("Longer description.");
        Field("date", TypeRefs.Named("DateInput")).Description("When it happened.");
        Field("participants", TypeRefs.OptionalListOf("ParticipantInput")).Description("Who took part, and how.");
        Field("excerpt", new StringGraphType()).Description("Supporting passage of the source.");
        Field("properties", TypeRefs.Named("JSON")).Description("Further properties (strings, numbers, booleans, string lists).");
    }
}
