using Timeline.Core.Ontology;

namespace Timeline.Query.Questions;

/// <summary>Checks the names arguments give against the ontology, with one message per problem, for every caller alike
/// (the GraphQL binder, the exports, the command line).</summary>
public sealed class OntologyArguments(OntologyModel ontology)
{
    /// <summary>The ontology the names are checked against.</summary>
    public OntologyModel Ontology => ontology;

    /// <summary>Event type names without repeats (null when not given); with <paramref name="allowStatement"/>,
    /// <c>Statement</c> keeps statements.</summary>
    /// <exception cref="QuestionArgumentException">A name that is no event type.</exception>
    public IReadOnlyList<string>? EventTypes(IEnumerable<string>? names, bool allowStatement)
    {
        if (names is null)
            return null;
        var types = names.Distinct(StringComparer.Ordinal).ToList();
        foreach (var type in types)
        {
            if (ontology.FindEventType(type) is null && !(allowStatement && type == GraphLabels.Statement))
            {
                var known = string.Join(", ", ontology.EventTypes.Select(t => t.Name)) + (allowStatement ? ", " + GraphLabels.Statement : "");
                throw new QuestionArgumentException($"Unknown event type '{type}'. Known types: {known}.");
            }
        }
        return types;
    }

    /// <summary>Event statuses by name, without repeats (null when not given).</summary>
    /// <exception cref="QuestionArgumentException">A name that is no status.</exception>
    public IReadOnlyList<string>? EventStatuses(IEnumerable<string>? names)
    {
        if (names is null)
            return null;
        var statuses = names.Distinct(StringComparer.Ordinal).ToList();
        foreach (var status in statuses.Where(s => ontology.FindEventStatus(s) is null))
            throw new QuestionArgumentException(
                $"Unknown event status '{status}'. Known statuses: {string.Join(", ", ontology.EventStatuses.Select(s => s.Name))}.");
        return statuses;
    }

    /// <summary>The status of an event stored without one.</summary>
    public string DefaultEventStatus => ontology.DefaultEventStatus.Name;

    /// <summary>Entity kinds by name, without repeats (null when not given).</summary>
    /// <exception cref="QuestionArgumentException">A name that is no kind.</exception>
    public IReadOnlyList<EntityKind>? Kinds(IEnumerable<string>? names) =>
        names?.Distinct(StringComparer.Ordinal)
            .Select(n => ontology.FindKind(n) ?? throw new QuestionArgumentException($"Unknown entity kind '{n}'."))
            .ToList();

    /// <summary>A participant role (null when not given).</summary>
    /// <exception cref="QuestionArgumentException">A name that is no role.</exception>
    public string? Role(string? name)
    {
        if (name is null || ontology.FindRole(name) is not null)
            return name;
        throw new QuestionArgumentException($"Unknown role '{name}'. Known roles: {string.Join(", ", ontology.Roles.Select(r => r.Name))}.");
    }

    /// <summary>Relation types by name, without repeats (null when not given).</summary>
    /// <exception cref="QuestionArgumentException">A name that is no relation type.</exception>
    public IReadOnlyList<RelationType>? RelationTypes(IEnumerable<string>? names) =>
        names?.Distinct(StringComparer.Ordinal)
            .Select(n => ontology.FindRelationType(n) ?? throw new QuestionArgumentException($"Unknown relation type '{n}'."))
            .ToList();
}
