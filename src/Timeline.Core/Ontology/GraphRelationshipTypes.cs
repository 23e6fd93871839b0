namespace Timeline.Core.Ontology;

/// <summary>The relationship types of the graph model itself (DESIGN §2), next to which the ontology's relation types become
/// relationship types. No relation type may take one of these names.</summary>
public static class GraphRelationshipTypes
{
    /// <summary><c>(entity)-[:PARTICIPANT {role}]-&gt;(event)</c>.</summary>
    public const string Participant = "PARTICIPANT";

    /// <summary><c>(speaker)-[:SAID]-&gt;(statement)</c>.</summary>
    public const string Said = "SAID";

    /// <summary><c>(statement)-[:ABOUT]-&gt;(entity, event or statement)</c>.</summary>
    public const string About = "ABOUT";

    /// <summary><c>(event or statement)-[:REPORTED_IN {excerpt}]-&gt;(source)</c>.</summary>
    public const string ReportedIn = "REPORTED_IN";

    /// <summary>How an entity is involved in a dated fact: as a participant in an event, as the speaker of a statement, or
    /// as what a statement is about.</summary>
    public static IReadOnlyList<string> Involvement { get; } = [Participant, Said, About];

    /// <summary><c>(part)-[:PART_OF]-&gt;(whole)</c>: not the model's own but the ontology's relation type that makes one entity
    /// part of another (a government of a country, a ministry of a government), which <c>includeParts</c> follows. Declared in
    /// ontology.yaml (so not reserved, and not in <see cref="All"/>); named here once for the questions that follow it.</summary>
    public const string PartOf = "PART_OF";

    /// <summary>All four.</summary>
    public static IReadOnlySet<string> All { get; } =
        new HashSet<string>([Participant, Said, About, ReportedIn], StringComparer.Ordinal);
}
