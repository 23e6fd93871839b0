using Timeline.Query.Cypher;


namespace Timeline.Query.Tree;

/// <summary>An object in the result: a map projection of a node (<c>n { .id, events: [...] }</c>) or, when there is no node
/// (a relationship, a participation), a map literal. Map keys are chosen here from schema field names, never from aliases;
/// the shaper renames them to response keys. Abstract types carry a <c>__type</c> entry naming the concrete GraphQL type.</summary>
public sealed class ProjectionNode(CypherVariable? subject, string? staticTypeName, ValueNode? typeTag) : ValueNode
{
    public const string TypeKey = "__type";

    private readonly List<ProjectedField> _fields = [];
    private readonly List<(string Key, ValueNode Value)> _hidden = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal) { TypeKey };

    public IReadOnlyList<ProjectedField> Fields => _fields;

    public CypherVariable? Subject => subject;

    /// <summary>Adds a field and returns the Cypher key chosen for it.</summary>
    public string Add(string fieldName, string responseKey, ValueNode value, IReadOnlySet<string>? forTypes)
    {
        var key = fieldName;
        for (var i = 2; !_keys.Add(key); i++)
            key = fieldName + "_" + i;
        _fields.Add(new ProjectedField(key, responseKey, value, forTypes));
        return key;
    }

    /// <summary>Adds an entry the shaper does not expose as a field (sort keys for cursors).</summary>
    public void AddHidden(string key, ValueNode value)
    {
        if (!_keys.Add(key))
            throw new InvalidOperationException($"Duplicate projection key {key}.");
        _hidden.Add((key, value));
    }

    /// <summary>The keys, from this projection's map down through the projections it nests, of a field every type shows
    /// that holds <paramref name="owner"/>'s <paramref name="property"/> as stored (no default, no conversion in Cypher);
    /// null when none does.</summary>
    public IReadOnlyList<string>? PathTo(CypherVariable owner, string property)
    {
        foreach (var field in _fields.Where(f => f.ForTypes is null))
        {
            if (field.Value.ShorthandFor(owner) == property)
                return [field.CypherKey];
            if (field.Value is ProjectionNode nested && nested.PathTo(owner, property) is { } rest)
                return [field.CypherKey, .. rest];
        }
        return null;
    }

    public override string Write(CypherBuilder builder)
    {
        var entries = new List<string>();
        foreach (var field in _fields)
        {
            var shorthand = subject is null ? null : field.Value.ShorthandFor(subject);
            // Neo4j 3.1 does not count a variable that only `.property` entries read as used: inside a comprehension nested
            // in the one that binds it, a projection of nothing else fails ("key not found"). The first entry names it.
            entries.Add(shorthand == field.CypherKey && (entries.Count > 0 || typeTag is not null)
                ? "." + CypherNames.Property(shorthand)
                : CypherNames.Key(field.CypherKey) + ": " + field.Value.Write(builder));
        }
        if (typeTag is not null)
            entries.Add(TypeKey + ": " + typeTag.Write(builder));
        foreach (var (key, value) in _hidden)
            entries.Add(key + ": " + value.Write(builder));
        var body = string.Join(", ", entries);
        if (subject is null)
            return "{" + body + "}";
        // An empty map projection is not valid in every Cypher version; an empty literal is.
        return entries.Count == 0 ? "{}" : builder.Name(subject) + " {" + body + "}";
    }

    public override object? Shape(object? value)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
            return null;
        var typeName = staticTypeName ?? map.GetValueOrDefault(TypeKey) as string
            ?? throw new InvalidOperationException("A projection of an abstract type came back without its type.");
        var result = new ShapedObject(typeName, _fields.Count);
        foreach (var field in _fields)
        {
            if (field.ForTypes is not null && !field.ForTypes.Contains(typeName))
                continue;
            result[field.ResponseKey] = field.Value.Shape(map.GetValueOrDefault(field.CypherKey));
        }
        return result;
    }
}
