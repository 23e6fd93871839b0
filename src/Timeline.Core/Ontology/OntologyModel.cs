namespace Timeline.Core.Ontology;

/// <summary>
/// The loaded ontology: entity kinds, event types, roles and relation types, declared once as data
/// (<c>ontology.yaml</c>) and derived into validation, schema and API. Immutable once built.
/// </summary>
public sealed class OntologyModel
{
    /// <summary>The label every entity node carries in addition to its kind labels (<see cref="GraphLabels.Entity"/>).</summary>
    public const string EntityLabel = GraphLabels.Entity;

    /// <summary>Name of the embedded declaration resource.</summary>
    public const string ResourceName = "Timeline.Ontology.yaml";

    private static readonly Lazy<string> DefaultText = new(ReadDefaultYaml);
    private static readonly Lazy<OntologyModel> DefaultModel = new(() => Parse(DefaultText.Value));

    private readonly Dictionary<string, EntityKind> _kinds;
    private readonly Dictionary<string, EventType> _eventTypes;
    private readonly Dictionary<string, EventStatus> _eventStatuses;
    private readonly Dictionary<string, Role> _roles;
    private readonly Dictionary<string, RelationType> _relationTypes;

    internal OntologyModel(IReadOnlyList<EntityKind> kinds, IReadOnlyList<EventType> eventTypes, IReadOnlyList<EventStatus> eventStatuses,
        IReadOnlyList<Role> roles, IReadOnlyList<RelationType> relationTypes)
    {
        Kinds = kinds;
        EventTypes = eventTypes;
        EventStatuses = eventStatuses;
        Roles = roles;
        RelationTypes = relationTypes;
        _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
        _eventTypes = eventTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _eventStatuses = eventStatuses.ToDictionary(s => s.Name, StringComparer.Ordinal);
        _roles = roles.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _relationTypes = relationTypes.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>The model of the embedded <c>ontology.yaml</c>, parsed once on first use.</summary>
    public static OntologyModel Default => DefaultModel.Value;

    /// <summary>The text of the embedded <c>ontology.yaml</c> (lets tests and tools extend the default declaration).</summary>
    public static string DefaultYaml => DefaultText.Value;

    /// <summary>Entity kinds in declaration order.</summary>
    public IReadOnlyList<EntityKind> Kinds { get; }

    /// <summary>Event types in declaration order.</summary>
    public IReadOnlyList<EventType> EventTypes { get; }

    /// <summary>Event statuses in declaration order (at least one).</summary>
    public IReadOnlyList<EventStatus> EventStatuses { get; }

    /// <summary>The status of an event whose document gives none: the first declared (<c>occurred</c>).</summary>
    public EventStatus DefaultEventStatus => EventStatuses[0];

    /// <summary>Participant roles in declaration order.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Relation types in declaration order.</summary>
    public IReadOnlyList<RelationType> RelationTypes { get; }

    /// <summary>Parses a YAML declaration.</summary>
    /// <exception cref="OntologyException">The declaration is invalid; the message says where and why.</exception>
    public static OntologyModel Parse(string yaml) => OntologyParser.Parse(yaml);

    /// <summary>The kind with this exact (case-sensitive) name, or null.</summary>
    public EntityKind? FindKind(string name) => _kinds.GetValueOrDefault(name);

    /// <summary>The event type with this exact name, or null.</summary>
    public EventType? FindEventType(string name) => _eventTypes.GetValueOrDefault(name);

    /// <summary>The event status with this exact name, or null.</summary>
    public EventStatus? FindEventStatus(string name) => _eventStatuses.GetValueOrDefault(name);

    /// <summary>The role with this exact name, or null.</summary>
    public Role? FindRole(string name) => _roles.GetValueOrDefault(name);

    /// <summary>The relation type with this exact name, or null.</summary>
    public RelationType? FindRelationType(string name) => _relationTypes.GetValueOrDefault(name);

    private static string ReadDefaultYaml()
    {
        using var stream = typeof(OntologyModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(OntologyModel).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
