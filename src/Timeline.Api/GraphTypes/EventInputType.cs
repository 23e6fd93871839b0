using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>input EventInput</c>.</summary>
internal sealed class EventInputType : InputObjectGraphType<object>
{
    public EventInputType()
    {
        Name = GraphQLNames.EventInput;
        Description = "An event the document reports.";
        Field("id", new IdGraphType()).Description("Stable id, e.g. event:….");
        Field("type", new StringGraphType()).Description("Event type from the ontology.");
        Field("status", new StringGraphType()).Description("What became of it (an event status of the ontology); absent: it occurred.");
        Field("title", new StringGraphType()).Description("Short title.");
        Field("description", new StringGraphType()).Description("Longer description.");
        Field("date", TypeRefs.Named(GraphQLNames.DateInput)).Description("When it happened.");
        Field("participants", TypeRefs.OptionalListOf(GraphQLNames.ParticipantInput)).Description("Who took part, and how.");
        Field("excerpt", new StringGraphType()).Description("Supporting passage of the source.");
        Field("properties", TypeRefs.Named(GraphQLNames.Json)).Description("Further properties (strings, numbers, booleans, string lists).");
    }
}
