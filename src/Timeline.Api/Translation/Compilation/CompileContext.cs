using GraphQL.Types;
using Timeline.Api.Execution;
using Timeline.Api.Hosting;
using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;
using Timeline.Core.Ontology;
using Timeline.Primitives;

namespace Timeline.Api.Translation.Compilation;

/// <summary>State shared while one root field compiles: the selection collector, the ontology, the limits, and the
/// catalogue of Source nodes when some relation's provenance needs it.</summary>
internal sealed class CompileContext(SelectionCollector collector, OntologyModel ontology, GraphQLLimitsOptions limits)
{
    /// <summary>Upper bound of a sort key when a dated item has no date (undated items sort last).</summary>
    public const string UndatedKey = "9999-12-31T23:59:59Z";

    public SelectionCollector Collector { get; } = collector;

    public OntologyModel Ontology { get; } = ontology;

    public GraphQLLimitsOptions Limits { get; } = limits;

    /// <summary>Variable holding all Source nodes, collected once at the start of the query (relationships cannot point at
    /// nodes, so relation provenance is a list of source ids to look up); null until a compiler asks for it.</summary>
    public CypherVariable? SourceCatalog { get; private set; }

    public CypherVariable UseSourceCatalog() => SourceCatalog ??= new CypherVariable("sources");

    public IReadOnlyList<FieldSelection> Children(FieldSelection field) =>
        Collector.Collect(field.SubSelections, field.Definition.ResolvedType!);

    /// <summary>Projects the object (or each list element) a field returns, reading its fields from <paramref name="scope"/>.</summary>
    public ProjectionNode Project(FieldSelection field, Scope scope) =>
        Project(Children(field), SelectionCollector.Unwrap(field.Definition.ResolvedType!), scope);

    public ProjectionNode Project(IReadOnlyList<FieldSelection> children, IGraphType type, Scope scope)
    {
        var typeTag = type is IAbstractGraphType abstractType ? TypeTag(abstractType, scope.Node) : null;
        var projection = new ProjectionNode(scope.Fields is null ? scope.Subject : null, typeTag is null ? type.Name : null, typeTag);
        foreach (var child in children)
        {
            ValueNode value;
            if (scope.Fields is not null && scope.Fields.TryGetValue(child.FieldName, out var factory))
                value = factory(child, this);
            else if (child.Definition.GetMetadata<IFieldCompiler?>(FieldCompilerMetadata.Key) is { } compiler)
                value = compiler.Compile(child, scope, this);
            else
                throw new InvalidOperationException($"Field {child.ParentType.Name}.{child.FieldName} has no Cypher compiler.");
            projection.Add(child.FieldName, child.ResponseKey, value, child.ForTypes);
        }
        return projection;
    }

    /// <summary>The page size argument, checked against the cap (also checked during validation).</summary>
    public int First(FieldSelection field, int fallback)
    {
        var first = field.Arguments.TryGetValue("first", out var value) && value is not null ? Convert.ToInt32(value) : fallback;
        if (first < 0 || first > Limits.MaxPageSize)
            throw new TimelineException(ErrorCodes.BadUserInput, $"'first' must be between 0 and {Limits.MaxPageSize}; got {first}.");
        return first;
    }

    /// <summary>The window of the <c>from</c>/<c>to</c> arguments (PartialDate texts): [from.Earliest, to.Latest].</summary>
    public DateWindow Window(FieldSelection field)
    {
        string? Bound(string name, bool start)
        {
            if (field.Arguments.GetValueOrDefault(name) is not string text)
                return null;
            if (!PartialDate.TryParse(text, out var date, out var error))
                throw new TimelineException(ErrorCodes.BadUserInput, $"'{name}' is not a valid date: {error}");
            return start ? date.EarliestKey : date.LatestKey;
        }
        var window = new DateWindow(Bound("from", start: true), Bound("to", start: false));
        if (window.Start is not null && window.End is not null && string.CompareOrdinal(window.Start, window.End) > 0)
            throw new TimelineException(ErrorCodes.BadUserInput, "'from' is after 'to'.");
        return window;
    }

    /// <summary>Event type names from a <c>types</c> argument, each checked against the ontology.</summary>
    public IReadOnlyList<string>? EventTypes(FieldSelection field, bool allowStatement)
    {
        if (field.Arguments.GetValueOrDefault("types") is not IEnumerable<object?> values)
            return null;
        var types = values.Select(v => v?.ToString() ?? "").Distinct(StringComparer.Ordinal).ToList();
        foreach (var type in types)
        {
            if (Ontology.FindEventType(type) is null && !(allowStatement && type == "Statement"))
            {
                var known = string.Join(", ", Ontology.EventTypes.Select(t => t.Name)) + (allowStatement ? ", Statement" : "");
                throw new TimelineException(ErrorCodes.BadUserInput, $"Unknown event type '{type}'. Known types: {known}.");
            }
        }
        return types;
    }

    /// <summary>Entity kind names from a <c>kinds</c>/<c>kind</c> argument (enum values, so already known to the ontology).</summary>
    public IReadOnlyList<EntityKind>? Kinds(FieldSelection field, string argument)
    {
        var raw = field.Arguments.GetValueOrDefault(argument);
        if (raw is null)
            return null;
        var names = raw is string one ? [one] : ((IEnumerable<object?>)raw).Select(v => v?.ToString() ?? "").ToList();
        return names.Distinct(StringComparer.Ordinal)
            .Select(n => Ontology.FindKind(n) ?? throw new TimelineException(ErrorCodes.BadUserInput, $"Unknown entity kind '{n}'."))
            .ToList();
    }

    /// <summary>Names the concrete GraphQL type of an abstract value from its labels: entities by their <c>kind</c>.</summary>
    private ValueNode TypeTag(IAbstractGraphType type, CypherVariable subject)
    {
        var names = type.PossibleTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var entityKinds = names.Any(n => Ontology.FindKind(n) is not null);
        var others = names.Where(n => Ontology.FindKind(n) is null).Order(StringComparer.Ordinal).ToList();
        return new ExpressionValue(b =>
        {
            var v = b.Name(subject);
            if (!entityKinds && others.Count == 1)
                return CypherNames.Literal(others[0]);
            if (others.Count == 0)
                return v + ".kind";
            var whens = others.Select(o => $"WHEN {v}:{CypherNames.Label(o)} THEN {CypherNames.Literal(o)}").ToList();
            if (!entityKinds)
            {
                // The last alternative needs no test.
                var last = CypherNames.Literal(others[^1]);
                whens.RemoveAt(whens.Count - 1);
                return $"CASE {string.Join(" ", whens)} ELSE {last} END";
            }
            return $"CASE {string.Join(" ", whens)} ELSE {v}.kind END";
        });
    }
}
