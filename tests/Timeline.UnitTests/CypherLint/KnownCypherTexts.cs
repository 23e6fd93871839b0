using Timeline.Testing.CypherLint;

namespace Timeline.UnitTests.CypherLint;

/// <summary>
/// Texts whose verdict is known, linted together in ONE batch (one Node process) for the whole
/// test class. They pin down what the check catches, including the Neo4j 3.1-era idioms that
/// Cypher 5 removed, and the 3.1-compatible forms that pass.
/// </summary>
public sealed class KnownCypherTexts : IAsyncLifetime
{
    public sealed record Known(string Name, string Query, CypherLintExpectation Expect, string? MessagePart, IReadOnlyCollection<string>? Parameters = null);

    public static readonly IReadOnlyList<Known> All =
    [
        // Removed in Cypher 5: must be rejected.
        new("exists(n.prop)", "MATCH (n) WHERE exists(n.x) RETURN n", CypherLintExpectation.Error, "exists(variable.property)"),
        new("constraint ON..ASSERT", "CREATE CONSTRAINT ON (n:Person) ASSERT n.id IS UNIQUE", CypherLintExpectation.Error, "ON and ASSERT"),
        new("{param}", "MATCH (n) WHERE n.id = {id} RETURN n", CypherLintExpectation.Error, "Invalid input"),
        new("size(pattern)", "MATCH (n:Entity) RETURN size((n)-[:SAID]->()) AS said", CypherLintExpectation.Error, "COUNT {}"),
        new("toInt", "MATCH (n:Entity) RETURN toInt(n.rank) AS rank", CypherLintExpectation.Error, "Function toInt is not present"),
        new("filter()", "MATCH (n:Entity) RETURN filter(a IN n.aliases WHERE a <> '') AS aliases", CypherLintExpectation.Error, "Function filter is not present"),
        new("extract()", "MATCH (n:Entity) RETURN extract(a IN n.aliases | toLower(a)) AS aliases", CypherLintExpectation.Error, "Function extract is not present"),
        new("db.indexes", "CALL db.indexes()", CypherLintExpectation.Error, "Procedure db.indexes is not present"),
        new("db.constraints", "CALL db.constraints()", CypherLintExpectation.Error, "Procedure db.constraints is not present"),
        new("index ON :L(p)", "CREATE INDEX ON :Entity(name)", CypherLintExpectation.Error, "CREATE INDEX FOR"),
        new("drop constraint ON..ASSERT", "DROP CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE", CypherLintExpectation.Error, "drop by name"),
        new("apoc function", "MATCH (n:Entity) RETURN apoc.text.clean(n.name) AS name", CypherLintExpectation.Error, "apoc.text.clean is not present"),
        new("undeclared parameter", "MATCH (n:Entity {id: $id}) RETURN n", CypherLintExpectation.Error, "Parameter $id is not defined", []),
        new("two statements", "MATCH (n) RETURN n; MATCH (m) RETURN m", CypherLintExpectation.Error, "2 statements"),
        new("syntax error", "MATCH (n:Entity RETURN n", CypherLintExpectation.Error, "Invalid input"),

        // Valid Cypher 5 that Neo4j 5 reports: the check fails these too.
        new("id()", "MATCH (n:Entity) RETURN id(n) AS internalId", CypherLintExpectation.WarningOnly, "deprecated"),
        new("colon in type alternatives", "MATCH (n:Entity)-[:SAID|:ABOUT]->(m) RETURN m", CypherLintExpectation.WarningOnly, "':SAID|ABOUT'"),
        new("cartesian product", "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) RETURN a, b", CypherLintExpectation.WarningOnly, "cartesian product"),
        new("unbounded shortestPath", "MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) MATCH p = shortestPath((a)-[*]-(b)) RETURN p", CypherLintExpectation.WarningOnly, "upper limit"),

        // Valid for Neo4j 5 and Neo4j 3.1 alike: must pass.
        new("match by id", "MATCH (n:Person {id: $id}) RETURN n", CypherLintExpectation.Clean, null),
        new("unwind merge", "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n += row.props", CypherLintExpectation.Clean, null),
        new("map projection + pattern comprehension",
            """
            MATCH (e:Entity {id: $id})
            RETURN e { .id, .name, .aliases,
                       events: [(e)-[p:PARTICIPANT]->(ev:Event) WHERE ev.earliest <= $to | ev { .id, .title, role: p.role }],
                       said: size([(e)-[:SAID]->(s:Statement) | s]) } AS entity
            """, CypherLintExpectation.Clean, null),
        new("constraint FOR..REQUIRE", "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE", CypherLintExpectation.Clean, null),
        new("index FOR..ON", "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)", CypherLintExpectation.Clean, null),
        new("bounded typed shortestPath",
            """
            MATCH (a:Entity {id: $from})
            MATCH (b:Entity {id: $to})
            MATCH p = shortestPath((a)-[:PARTICIPANT|HOLDS_POSITION|SAID|ABOUT*..6]-(b))
            RETURN [n IN nodes(p) | n { .id, .name }] AS nodes,
                   [r IN relationships(p) | { type: type(r), from: startNode(r).id, to: endNode(r).id }] AS steps
            """, CypherLintExpectation.Clean, null),
        new("dbms.components", "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition", CypherLintExpectation.Clean, null),
        new("size(list)", "MATCH (n:Entity) WHERE size(n.aliases) > 0 RETURN n.id AS id", CypherLintExpectation.Clean, null),
        new("pattern predicate", "MATCH (n:Entity) WHERE NOT (n)-[:SAID]->() RETURN n.id AS id", CypherLintExpectation.Clean, null),
        new("IS NOT NULL", "MATCH (n:Entity) WHERE n.description IS NOT NULL RETURN n.id AS id", CypherLintExpectation.Clean, null),
        new("keyset page",
            """
            MATCH (ev:Event)
            WHERE ev.latest >= $from AND ev.earliest <= $to
              AND [ev.earliest, ev.latest, ev.id] > $after // a cursor, compared as a list
            RETURN ev { .id, .title, date: { text: ev.date, earliest: ev.earliest, latest: ev.latest } } AS node
            ORDER BY ev.earliest, ev.latest, ev.id
            LIMIT $first
            """, CypherLintExpectation.Clean, null),
        new("case-insensitive search", "MATCH (n:Entity) WHERE any(a IN [n.name] + coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($text)) RETURN n.id AS id LIMIT $first", CypherLintExpectation.Clean, null),
        new("trailing semicolon", "MATCH (n:Entity) RETURN count(n) AS entities;", CypherLintExpectation.Clean, null),
        new("match by id again", "MATCH (n:Person {id: $id}) RETURN n", CypherLintExpectation.Clean, null),
    ];

    public IReadOnlyList<CypherLintResult> Results { get; private set; } = [];

    public CypherLintResult this[string name] => Results.Single(r => r.Name == name);

    public async Task InitializeAsync() =>
        Results = await CypherLinter.LintAsync(
            All.Select(k => k.Parameters is null
                ? CypherText.FromQuery(k.Name, k.Query)
                : new CypherText(k.Name, k.Query, k.Parameters)));

    public Task DisposeAsync() => Task.CompletedTask;
}
