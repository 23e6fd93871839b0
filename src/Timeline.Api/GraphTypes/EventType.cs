using GraphQL.Types;
using Timeline.Api.Translation.Compilation.Fields;
using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.GraphTypes;

/// <summary><c>type Event</c>.</summary>
internal sealed class EventType : ShapedObjectType
{
    public EventType(OntologyModel ontology)
        : base(GraphQLNames.Event, "Something that happened, with the entities that took part in it and the sources that report it.")
    {
        Field("id", TypeRefs.NonNull(new IdGraphType())).Description("Stable id, e.g. event:….").Property(GraphProperties.Id);
        Field("type", TypeRefs.NonNull(new StringGraphType()))
            .Description("Event type from the ontology: " + string.Join(", ", ontology.EventTypes.Select(t => t.Name)) + ".")
            .Property(GraphProperties.Type);
        Field("status", new StringGraphType())
            .Description("What became of it, from the ontology: " + string.Join("; ", ontology.EventStatuses.Select(s => $"{s.Name} ({s.Description.TrimEnd('.')})"))
                + ". When its source gives none: " + ontology.DefaultEventStatus.Name + ".")
            .Compiles(new PropertyCompiler(GraphProperties.Status, CypherNames.Literal(ontology.DefaultEventStatus.Name)));
        Field("title", TypeRefs.NonNull(new StringGraphType())).Description("Short human title.").Property(GraphProperties.Title);
        Field("description", new StringGraphType()).Description("Longer description, when there is one.").Property(GraphProperties.Description);
        Field("date", TypeRefs.Named(GraphQLNames.PartialDate)).Description("When it happened, to the precision known.")
            .Compiles(new DateCompiler(DateLayout.EventDate));
        Field("participants", TypeRefs.ListOf(GraphQLNames.Participant)).Description("Entities that took part, with their roles.")
            .Argument(new StringGraphType(), "role", a => a.Description = "Only this role: " + string.Join(", ", ontology.Roles.Select(r => r.Name)) + ".")
            .Compiles(new ParticipantsCompiler());
        Field("properties", TypeRefs.NonNull(GraphQLNames.Json)).Description("Further facts about the event from its sources (e.g. ordinal, count), by name.")
            .Compiles(new EventPropertiesCompiler());
        Field("sources", TypeRefs.ListOf(GraphQLNames.SourceRef)).Description("Sources that report this event.").Compiles(new ReportsCompiler());
        ReportFields.AddTo(this, "event");
        Field("statements", TypeRefs.ListOf(GraphQLNames.Statement)).Description("Statements about this event, in chronological order.").Window()
            .Compiles(new DatedListCompiler(DatedLink.MentionedIn));
    }
}
