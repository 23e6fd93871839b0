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
        Query = new QueryType(ontology);
        Mutation = new MutationType();

        Register(new EntityType(ontology));
        foreach (var kind in ontology.Kinds)
            Register(new EntityKindObjectType(kind, ontology));
        Register(new EntityKindType(ontology));
        Register(new RelationTypeNameType(ontology));
        Register(new DirectionType());
        Register(new DatePrecisionType());
        Register(new PartialDateType());
        Register(new PageInfoType());
        Register(new SourceType());
        Register(new SourceRefType());
        Register(new EventType(ontology));
        Register(new ParticipantType(ontology));
        Register(new StatementType());
        Register(new RelationType());
        Register(new SubjectType(ontology));
        Register(new TimelineItemType());
        Register(new PathType());
        Register(new PathNodeType());
        Register(new PathStepType());
        Register(new GranularityType());
        Register(new HistogramBucketType());
        Register(new AssociateType());
        foreach (var (prefix, node, what) in GraphQLNames.Connections)
        {
            Register(new ConnectionType(prefix, node, what));
            Register(new EdgeType(prefix, node));
        }
        Register(new JsonType());
        Register(new DateInputType());
        Register(new IngestDocumentInputType());
        Register(new SourceInputType());
        Register(new EntityInputType());
        Register(new EventInputType());
        Register(new ParticipantInputType());
        Register(new StatementInputType());
        Register(new RelationInputType());
        Register(new IngestResultType());
        Register(new IngestErrorType());
        Register(new CurationResultType());
        Register(new ChangeType());
        Register(new ChangeActionType());
        Register(new ChangeConnectionType());
        Register(new RetractionType());
        Register(new DateClaimType());
        Register(new ClaimType());

        // Introspection is answered without Neo4j; it should not count against complexity.
        this.WithIntrospectionComplexityImpact(0);
    }

    /// <summary>Registers a type; every field of a shaped object type resolves by reading the shaped result.</summary>
    private void Register(IGraphType type)
    {
        if (type is ShapedObjectType shaped)
        {
            foreach (var field in shaped.Fields)
                field.Resolver ??= ShapedFieldResolver.Instance;
        }
        RegisterType(type);
    }
}
