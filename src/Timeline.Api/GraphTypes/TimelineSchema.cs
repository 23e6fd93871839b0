using GraphQL;
using GraphQL.Types;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary>The GraphQL schema, generated from the ontology: an <c>Entity</c> interface with one object type per kind, enums
/// of kinds and relation types, events, statements, sources, relations, paths and Relay connections.</summary>
internal sealed class TimelineSchema : Schema
{
    public TimelineSchema(IServiceProvider services, OntologyModel ontology)
        : base(services)
    {
        Description = "Timeline: a knowledge graph of news reporting (entities, events, statements, relations, sources).";
        Query = new QueryType();
        Mutation = new MutationType();

        RegisterType(new EntityType(ontology));
        foreach (var kind in ontology.Kinds)
            RegisterType(new EntityKindObjectType(kind, ontology));
        RegisterType(new EntityKindType(ontology));
        RegisterType(new RelationTypeNameType(ontology));
        RegisterType(new DirectionType());
        RegisterType(new DatePrecisionType());
        RegisterType(new PartialDateType());
        RegisterType(new PageInfoType());
        RegisterType(new SourceType());
        RegisterType(new SourceRefType());
        RegisterType(new EventType(ontology));
        RegisterType(new ParticipantType(ontology));
        RegisterType(new StatementType());
        RegisterType(new RelationType());
        RegisterType(new SubjectType(ontology));
        RegisterType(new TimelineItemType());
        RegisterType(new PathType());
        RegisterType(new PathNodeType());
        RegisterType(new PathStepType());
        foreach (var (prefix, node, what) in new[]
                 {
                     ("Entity", "Entity", "entities"), ("Timeline", "TimelineItem", "timeline items"),
                     ("Statement", "Statement", "statements"), ("Relation", "Relation", "relations"),
                 })
        {
            RegisterType(new ConnectionType(prefix, node, what));
            RegisterType(new EdgeType(prefix, node));
        }
        RegisterType(new JsonType());
        RegisterType(new DateInputType());
        RegisterType(new IngestDocumentInputType());
        RegisterType(new SourceInputType());
        RegisterType(new EntityInputType());
        RegisterType(new EventInputType());
        RegisterType(new ParticipantInputType());
        RegisterType(new StatementInputType());
        RegisterType(new RelationInputType());
        RegisterType(new IngestResultType());
        RegisterType(new IngestErrorType());

        // Introspection is answered without Neo4j; it should not count against complexity.
        this.WithIntrospectionComplexityImpact(0);
    }
}
