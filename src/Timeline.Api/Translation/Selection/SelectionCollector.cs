using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Timeline.Api.Translation.Selection;

/// <summary>Collects the fields of selection sets as GraphQL's CollectFields does: follows fragment spreads and inline
/// fragments (narrowing the possible object types by their type conditions), applies <c>@skip</c>/<c>@include</c>, merges
/// fields with the same response key, and computes argument values with variables and defaults.</summary>
internal sealed class SelectionCollector(ISchema schema, GraphQLDocument document, Variables? variables)
{
    private readonly Variables _variables = variables ?? Variables.None;

    public ISchema Schema { get; } = schema;

    public IReadOnlyList<FieldSelection> Collect(IEnumerable<GraphQLSelectionSet> selectionSets, IGraphType parentType)
    {
        var parent = Unwrap(parentType);
        var possible = PossibleTypes(parent);
        var entries = new List<Entry>();
        foreach (var set in selectionSets)
            Visit(set, possible, entries);

        var result = new List<FieldSelection>();
        foreach (var byKey in entries.GroupBy(e => e.ResponseKey, StringComparer.Ordinal))
        {
            var groups = new List<List<(Entry Entry, FieldType Definition, IGraphType Owner, Dictionary<string, object?> Arguments)>>();
            foreach (var entry in byKey)
            {
                var (definition, owner) = FindDefinition(parent, entry);
                var arguments = ReadArguments(definition, entry.Field);
                var group = groups.FirstOrDefault(g => g[0].Definition.Name == definition.Name
                    && Equals(CompilerOf(g[0].Definition), CompilerOf(definition))
                    && ValueEquality.Equal(g[0].Arguments, arguments));
                if (group is null)
                    groups.Add(group = []);
                group.Add((entry, definition, owner, arguments));
            }

            foreach (var group in groups)
            {
                var first = group[0];
                IReadOnlySet<string>? forTypes = null;
                if (groups.Count > 1)
                    forTypes = group.SelectMany(g => g.Entry.Types).ToHashSet(StringComparer.Ordinal);
                result.Add(new FieldSelection(byKey.Key, first.Definition, first.Owner, first.Arguments,
                    group.Select(g => g.Entry.Field).ToList(), forTypes));
            }
        }
        return result;
    }

    /// <summary>Whether the answer to <paramref name="selectionSets"/> on an abstract type depends on the concrete type of each
    /// value: it asks <c>__typename</c>, or a fragment's type condition admits only some of the possible types. When it does
    /// not, every possible type answers the same fields the same way, and the value's concrete type need not be read.</summary>
    public bool DependsOnConcreteType(IEnumerable<GraphQLSelectionSet> selectionSets, IGraphType parentType)
    {
        var possible = PossibleTypes(parentType);
        return selectionSets.Any(set => AsksConcreteType(set, possible));
    }

    private bool AsksConcreteType(GraphQLSelectionSet set, IReadOnlySet<string> possible)
    {
        foreach (var selection in set.Selections)
        {
            if (!ShouldInclude((IHasDirectivesNode)selection))
                continue;
            var asks = selection switch
            {
                GraphQLField field => field.Name.StringValue.StartsWith("__", StringComparison.Ordinal), // __typename
                GraphQLInlineFragment inline => Narrows(possible, inline.TypeCondition?.Type.Name.StringValue)
                    || AsksConcreteType(inline.SelectionSet, possible),
                GraphQLFragmentSpread spread => FragmentOf(spread) is { } fragment
                    && (Narrows(possible, fragment.TypeCondition.Type.Name.StringValue) || AsksConcreteType(fragment.SelectionSet, possible)),
                _ => false,
            };
            if (asks)
                return true;
        }
        return false;
    }

    // Whether a type condition (none: the enclosing type's) admits only some of the possible types.
    private bool Narrows(IReadOnlySet<string> possible, string? condition) =>
        condition is not null && Narrow(possible, condition).Count < possible.Count;

    /// <summary>Object type names an abstract (or object) type may resolve to.</summary>
    public IReadOnlySet<string> PossibleTypes(IGraphType type) => Unwrap(type) switch
    {
        IObjectGraphType o => new HashSet<string>(StringComparer.Ordinal) { o.Name },
        IAbstractGraphType a => a.PossibleTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal),
        _ => new HashSet<string>(StringComparer.Ordinal),
    };

    public static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType n => Unwrap(n.ResolvedType!),
        ListGraphType l => Unwrap(l.ResolvedType!),
        _ => type,
    };

    private static object? CompilerOf(FieldType definition) => definition.GetMetadata<object?>(FieldCompilerMetadata.Key);

    private void Visit(GraphQLSelectionSet set, IReadOnlySet<string> types, List<Entry> entries)
    {
        foreach (var selection in set.Selections)
        {
            if (!ShouldInclude((IHasDirectivesNode)selection))
                continue;
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if (name.StartsWith("__", StringComparison.Ordinal))
                        continue; // __typename is answered by the executor from the resolved type
                    entries.Add(new Entry((field.Alias?.Name ?? field.Name).StringValue, field, types));
                    break;
                case GraphQLInlineFragment inline:
                    var inlineTypes = inline.TypeCondition is null ? types : Narrow(types, inline.TypeCondition.Type.Name.StringValue);
                    if (inlineTypes.Count > 0)
                        Visit(inline.SelectionSet, inlineTypes, entries);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = FragmentOf(spread) ?? throw new InvalidOperationException("Unknown fragment (validation should have caught it).");
                    var spreadTypes = Narrow(types, fragment.TypeCondition.Type.Name.StringValue);
                    if (spreadTypes.Count > 0)
                        Visit(fragment.SelectionSet, spreadTypes, entries);
                    break;
            }
        }
    }

    private GraphQLFragmentDefinition? FragmentOf(GraphQLFragmentSpread spread) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name);

    private HashSet<string> Narrow(IReadOnlySet<string> types, string condition)
    {
        var conditionType = Schema.AllTypes[condition] ?? throw new InvalidOperationException($"Unknown type {condition}.");
        var allowed = PossibleTypes(conditionType);
        return types.Where(allowed.Contains).ToHashSet(StringComparer.Ordinal);
    }

    private (FieldType Definition, IGraphType Owner) FindDefinition(IGraphType parent, Entry entry)
    {
        var name = entry.Field.Name.StringValue;
        if (parent is IComplexGraphType complex && complex.GetField(name) is { } onParent)
            return (onParent, parent);
        // A union (or a field only some members have): the definition on the narrowed concrete type.
        foreach (var typeName in entry.Types.Order(StringComparer.Ordinal))
        {
            if (Schema.AllTypes[typeName] is IComplexGraphType candidate && candidate.GetField(name) is { } found)
                return (found, candidate);
        }
        throw new InvalidOperationException($"No field {name} on {parent.Name} (validation should have caught it).");
    }

    private Dictionary<string, object?> ReadArguments(FieldType definition, GraphQLField field)
    {
        var values = ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, _variables, document, field, null);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (values is null)
            return result;
        foreach (var (name, value) in values)
            result[name] = value.Value;
        return result;
    }

    private bool ShouldInclude(IHasDirectivesNode node)
    {
        if (node.Directives is null)
            return true;
        foreach (var directive in node.Directives)
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include"))
                continue;
            var condition = directive.Arguments?.FirstOrDefault(a => a.Name.StringValue == "if")?.Value;
            var value = condition switch
            {
                GraphQLBooleanValue b => b.BoolValue,
                GraphQLVariable v => _variables.ValueFor(v.Name.StringValue, false) is true,
                _ => false,
            };
            if (name == "skip" && value || name == "include" && !value)
                return false;
        }
        return true;
    }

    private sealed record Entry(string ResponseKey, GraphQLField Field, IReadOnlySet<string> Types);
}
