using GraphQL.Types;
using Timeline.Api.Hosting;
using Timeline.Api.Translation.Arguments;
using Timeline.Api.Translation.Selection;
using Timeline.Core.Ontology;
using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Lists;
using Timeline.Query.Questions;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation;

/// <summary>State shared while one root field compiles: the selection collector, the ontology, the limits, and the
/// catalogue of Source nodes when some relation's provenance needs it.</summary>
internal sealed class CompileContext(SelectionCollector collector, OntologyModel ontology, GraphQLLimitsOptions limits)
{
    private readonly OntologyArguments _terms = new(ontology);

    public SelectionCollector Collector { get; } = collector;

    public OntologyModel Ontology { get; } = ontology;

    public GraphQLLimitsOptions Limits { get; } = limits;

    /// <summary>All Source nodes, collected once at the start of the statement (relationships cannot point at nodes, so
    /// relation provenance is a list of source ids to look up); null until a projection reads it.</summary>
    public SourceCatalog? SourceCatalog { get; private set; }

    public SourceCatalog UseSourceCatalog() => SourceCatalog ??= new SourceCatalog();

    /// <summary>The item of a statement that answers one item (a root looked up by id): values of it may be aggregated by
    /// clauses of their own (<see cref="ItemAggregate"/>); null for statements of many rows.</summary>
    public CypherVariable? SingleItem { get; set; }

    /// <summary>The aggregates the projection of <see cref="SingleItem"/> reads, written before the return.</summary>
    public List<ItemAggregate> Aggregates { get; } = [];

    /// <summary>The listed reads of relations pages (<see cref="ListedRelations"/>), by the entity variable a level down whose
    /// relations they can read too (their other end).</summary>
    public Dictionary<CypherVariable, ListedRelations> ListedRelations { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The field's arguments, typed.</summary>
    public ArgumentBinder Arguments(FieldSelection field) => new(field, _terms, Limits);

    public IReadOnlyList<FieldSelection> Children(FieldSelection field) =>
        Collector.Collect(field.SubSelections, field.Definition.ResolvedType!);

    /// <summary>Projects the object (or each list element) a field returns, reading its fields from <paramref name="scope"/>.
    /// An abstract value's concrete type is read only when the answer depends on it (<see cref="SelectionCollector.DependsOnConcreteType"/>):
    /// otherwise every possible type answers alike, and the first stands for each (a participant's kind is read per row).</summary>
    public ProjectionNode Project(FieldSelection field, Scope scope)
    {
        var type = SelectionCollector.Unwrap(field.Definition.ResolvedType!);
        var typeTag = type is IAbstractGraphType abstractType && Collector.DependsOnConcreteType(field.SubSelections, type)
            ? TypeTag(abstractType, scope.Node)
            : null;
        var staticType = type is IAbstractGraphType anyOf ? anyOf.PossibleTypes.Select(t => t.Name).Order(StringComparer.Ordinal).First() : type.Name;
        var projection = new ProjectionNode(scope.Fields is null ? scope.Subject : null, typeTag is null ? staticType : null, typeTag);
        foreach (var child in Children(field))
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

    /// <summary>Names the concrete GraphQL type of an abstract value from its labels: entities by their <c>kind</c>.</summary>
    private NodeKindValue TypeTag(IAbstractGraphType type, CypherVariable subject)
    {
        var names = type.PossibleTypes.Select(t => t.Name).ToList();
        var others = names.Where(n => Ontology.FindKind(n) is null).Order(StringComparer.Ordinal).ToList();
        return new NodeKindValue(subject, others, entitiesPossible: names.Any(n => Ontology.FindKind(n) is not null));
    }
}
