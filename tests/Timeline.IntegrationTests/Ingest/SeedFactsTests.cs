using Timeline.Neo4j;

namespace Timeline.IntegrationTests.Ingest;

/// <summary>After <c>timeline ingest</c> of the seed article, the graph holds what the article says — checked
/// through Cypher, one fact per case (see data/seed/FACTS.md for the curation behind them).</summary>
public sealed class SeedFactsTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    /// <summary>Each fact: a query returning one value <c>v</c>, and the value the article supports.</summary>
    public static readonly TheoryData<string> Facts = new(FactTable.Keys.Order(StringComparer.Ordinal));

    private static Dictionary<string, (string Cypher, object? Expected)> FactTable => new()
    {
        ["01 Maduro is a Person with accented name"] = ("MATCH (p:Entity:Person {id: 'person:nicolas-maduro'}) RETURN p.name AS v", "Nicolás Maduro"),
        ["02 Maduro alias 'Nicolas Maduro'"] = ("MATCH (p:Person {id: 'person:nicolas-maduro'}) RETURN 'Nicolas Maduro' IN p.aliases AS v", true),
        ["03 Rodríguez alias 'Rodriguez'"] = ("MATCH (p:Person {id: 'person:delcy-rodriguez'}) RETURN 'Rodriguez' IN p.aliases AS v", true),
        ["04 Venezuela's government is Entity+Organization+Government"] = ("MATCH (g:Entity:Organization:Government {id: 'gov:venezuela'}) RETURN count(g) AS v", 1L),
        ["05 fifth tanker is an unnamed Vessel"] = ("MATCH (v:Vessel {id: 'vessel:fifth-seized-tanker-2026-01-09'}) RETURN v.named AS v", false),
        ["06 Bogotá keeps its accent"] = ("MATCH (p:Place {id: 'place:bogota'}) RETURN p.name AS v", "Bogotá"),
        ["07 fifth seizure dated 2026-01-09 at DAY precision"] = ("MATCH (e:Event {id: 'event:fifth-tanker-seizure-2026-01-09'}) RETURN e.date + ' ' + e.precision AS v", "2026-01-09 DAY"),
        ["08 fifth seizure's agent is the US military"] = ("MATCH (:Entity {id: 'org:us-military'})-[r:PARTICIPANT]->(:Event {id: 'event:fifth-tanker-seizure-2026-01-09'}) RETURN r.role AS v", "agent"),
        ["09 fifth seizure's target is the tanker"] = ("MATCH (:Entity {id: 'vessel:fifth-seized-tanker-2026-01-09'})-[r:PARTICIPANT]->(:Event {id: 'event:fifth-tanker-seizure-2026-01-09'}) RETURN r.role AS v", "target"),
        ["10 fifth seizure happened in the Caribbean"] = ("MATCH (:Entity {id: 'place:caribbean'})-[r:PARTICIPANT]->(:Event {id: 'event:fifth-tanker-seizure-2026-01-09'}) RETURN r.role AS v", "location"),
        ["11 blockade is dated December 2025 at MONTH precision, not Dec 1st"] = ("MATCH (e:Event {id: 'event:us-blockade-2025-12'}) RETURN e.date + ' ' + e.precision + ' ' + e.earliest + ' ' + e.latest AS v", "2025-12 MONTH 2025-12-01T00:00:00Z 2025-12-31T23:59:59Z"),
        ["12 abduction is a RANGE 'less than a week' before publication"] = ("MATCH (e:Event {id: 'event:maduro-abduction'}) RETURN e.precision + ' ' + e.earliest + ' ' + e.latest AS v", "RANGE 2026-01-03T00:00:00Z 2026-01-07T23:59:59Z"),
        ["13 indictment 'earlier this week' is Mon 5 – Thu 8 January"] = ("MATCH (e:Event {id: 'event:maduro-indictment'}) RETURN e.date AS v", "2026-01-05/2026-01-08"),
        ["14 indictment charges"] = ("MATCH (e:Event {id: 'event:maduro-indictment'}) RETURN e.charges AS v", new object?[] { "narco-terrorism conspiracy", "drug trafficking" }),
        ["15 Maduro is the indictment's target"] = ("MATCH (:Entity {id: 'person:nicolas-maduro'})-[r:PARTICIPANT]->(:Event {id: 'event:maduro-indictment'}) RETURN r.role AS v", "target"),
        ["16 'Thursday' prisoner release is 2026-01-08"] = ("MATCH (e:Event {id: 'event:political-prisoners-release-2026-01-08'}) RETURN e.date + ' ' + e.type AS v", "2026-01-08 Release"),
        ["17 Chávez rose in 1999 at YEAR precision"] = ("MATCH (e:Event {id: 'event:chavez-rise-1999'}) RETURN e.date + ' ' + e.precision AS v", "1999 YEAR"),
        ["18 Guaidó recognised by the US government as interim president from 2019"] = ("MATCH (:Government {id: 'gov:united-states'})-[r:RECOGNIZES]->(:Person {id: 'person:juan-guaido'}) RETURN r.as + ' ' + r.validFrom AS v", "interim president 2019"),
        ["19 diplomatic relations ended in 2019 (no 'severed until 2019' status)"] = ("MATCH (:Country {id: 'country:united-states'})-[r:HAS_DIPLOMATIC_RELATIONS_WITH]-(:Country {id: 'country:venezuela'}) RETURN r.validTo + ' ' + coalesce(r.status, 'no status') AS v", "2019 no status"),
        ["20 Rodríguez is interim president since two days after the abduction"] = ("MATCH (:Person {id: 'person:delcy-rodriguez'})-[r:HOLDS_POSITION {key: 'interim president'}]->(:Country {id: 'country:venezuela'}) RETURN r.validFrom + ' ' + r.validFromPrecision AS v", "2026-01-05/2026-01-09 RANGE"),
        ["21 Rodríguez also held the vice presidency (two offices, two relationships)"] = ("MATCH (:Person {id: 'person:delcy-rodriguez'})-[r:HOLDS_POSITION]->(:Country {id: 'country:venezuela'}) RETURN count(r) AS v", 2L),
        ["22 Maduro's presidency ended with the abduction"] = ("MATCH (:Person {id: 'person:nicolas-maduro'})-[r:HOLDS_POSITION {key: 'president'}]->(:Country {id: 'country:venezuela'}) RETURN r.validTo AS v", "2026-01-03/2026-01-07"),
        ["23 Maduro is in US custody at a federal facility"] = ("MATCH (:Person {id: 'person:nicolas-maduro'})-[r:IN_CUSTODY_OF]->(:Government {id: 'gov:united-states'}) RETURN r.facility AS v", "US federal facility"),
        ["24 the US runs its Venezuela affairs from offices in Bogotá, since 2019"] = ("MATCH (:Country {id: 'country:united-states'})-[r:OPERATES]->(o:Place)-[:LOCATED_IN]->(:Place {id: 'place:bogota'}) RETURN o.id + ' ' + r.validFrom AS v", "place:us-offices-bogota 2019"),
        ["25 Bogotá is in Colombia"] = ("MATCH (:Place {id: 'place:bogota'})-[:LOCATED_IN]->(c:Country) RETURN c.name AS v", "Colombia"),
        ["26 'sign for peace' was said by Trump, a partial quote in reported speech (not verbatim)"] = ("MATCH (:Person {id: 'person:donald-trump'})-[:SAID]->(s:Statement {id: 'stmt:trump-sign-for-peace'}) RETURN toString(s.verbatim) + ' ' + s.text AS v", "false Thursday’s move to release a small portion of Venezuela’s political prisoners is a “sign for peace.”"),
        ["27 'peace and dialogue, not war' was said by Rodríguez"] = ("MATCH (p:Person)-[:SAID]->(s:Statement) WHERE s.text CONTAINS 'peace and dialogue, not war' RETURN p.id AS v", "person:delcy-rodriguez"),
        ["28 the diplomatic-review quote is the Venezuelan government's"] = ("MATCH (g)-[:SAID]->(s:Statement) WHERE s.text CONTAINS 'begin a review process of a diplomatic nature' RETURN g.id AS v", "gov:venezuela"),
        ["29 'work well together' was said by Trump"] = ("MATCH (p)-[:SAID]->(s:Statement) WHERE s.text CONTAINS 'work well together' RETURN p.id AS v", "person:donald-trump"),
        ["30 the second-wave statement is dated Thursday 2026-01-08"] = ("MATCH (s:Statement {id: 'stmt:trump-second-wave-called-off'}) RETURN s.date + ' ' + s.precision AS v", "2026-01-08 DAY"),
        ["31 the second-wave statement is about the called-off attack"] = ("MATCH (:Statement {id: 'stmt:trump-second-wave-called-off'})-[:ABOUT]->(e:Event) RETURN e.id AS v", "event:second-wave-attacks-called-off"),
        ["32 every event is reported in the seed source"] = ("MATCH (e:Event) WHERE 'src:2026-01-09-caracas' IN e.sources AND NOT (e)-[:REPORTED_IN]->(:Source {id: 'src:2026-01-09-caracas'}) RETURN count(e) AS v", 0L),
        ["33 excerpts keep the source's own words"] = ("MATCH (:Event {id: 'event:fifth-tanker-seizure-2026-01-09'})-[r:REPORTED_IN]->(:Source) RETURN r.excerpt CONTAINS 'seized its fifth oil tanker in the Caribbean' AS v", true),
        ["34 relations cite their source"] = ("MATCH (:Person {id: 'person:delcy-rodriguez'})-[r:HOLDS_POSITION {key: 'interim president'}]->() RETURN r.sources AS v", new object?[] { "src:2026-01-09-caracas" }),
        ["35 the source was published 2026-01-09"] = ("MATCH (s:Source {id: 'src:2026-01-09-caracas'}) RETURN s.published + ' ' + s.publishedPrecision AS v", "2026-01-09 DAY"),
        ["36 the US military is part of the US government"] = ("MATCH (:Organization {id: 'org:us-military'})-[:PART_OF]->(g:Government) RETURN g.id AS v", "gov:united-states"),
        ["37 the State Department officials visited Caracas"] = ("MATCH (:Entity {id: 'place:caracas'})-[r:PARTICIPANT]->(:Event {type: 'DiplomaticVisit'})<-[:PARTICIPANT {role: 'agent'}]-(a) RETURN a.id + ' ' + r.role AS v", "org:us-state-department destination"),
        ["38 Rodríguez is a woman in the graph: no 'Mr. Rodriguez' alias"] = ("MATCH (p:Person {id: 'person:delcy-rodriguez'}) RETURN any(a IN p.aliases WHERE a STARTS WITH 'Mr') AS v", false),
        ["39 the tanker is linked to Venezuela's government within 4 hops (via the seizure, the US military and US sanctions)"] = ("MATCH (t:Entity {id: 'vessel:fifth-seized-tanker-2026-01-09'}) MATCH (g:Entity {id: 'gov:venezuela'}) MATCH p = shortestPath((t)-[:PARTICIPANT|PART_OF|SANCTIONS*..8]-(g)) RETURN length(p) AS v", 4L),
        ["40 the called-off second wave is not an attack that happened"] = ("MATCH (e:Event {id: 'event:second-wave-attacks-called-off'}) RETURN e.status + ' ' + e.title AS v", "called-off “pre-anticipated second wave of attacks” against Venezuela (called off)"),
        ["41 the surge of military assets is only announced (a promise)"] = ("MATCH (e:Event {id: 'event:us-military-assets-surge'}) RETURN e.status AS v", "announced"),
        ["42 the oil executives meeting is planned"] = ("MATCH (e:Event {id: 'event:trump-oil-executives-meeting-2026-01-09'}) RETURN e.status AS v", "planned"),
        ["43 every event has a status (the ontology's default, occurred, when the document gives none)"] = ("MATCH (e:Event) WHERE 'src:2026-01-09-caracas' IN e.sources AND e.status IS NULL RETURN count(e) AS v", 0L),
        ["44 15 events occurred, 3 are ongoing"] = ("MATCH (e:Event) WHERE 'src:2026-01-09-caracas' IN e.sources AND e.status IN ['occurred', 'ongoing'] RETURN toString(sum(CASE e.status WHEN 'occurred' THEN 1 ELSE 0 END)) + ' ' + toString(sum(CASE e.status WHEN 'ongoing' THEN 1 ELSE 0 END)) AS v", "15 3"),
        ["45 Chávez's presidency ended, the text does not say when"] = ("MATCH (:Person {id: 'person:hugo-chavez'})-[r:HOLDS_POSITION]->(:Country {id: 'country:venezuela'}) RETURN r.validToPrecision + ' ' + r.validToEarliest + ' ' + r.validToLatest AS v", "RANGE 1999-01-01T00:00:00Z 2026-01-07T23:59:59Z"),
        ["46 the ambassadors were 'resigned', as the article says"] = ("MATCH (e:Event {id: 'event:ambassadors-withdrawn-1999-2009'}) RETURN e.title + ' ' + e.relationsStatus AS v", "US and Venezuela withdraw (“resigned”) their respective ambassadors reduced"),
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public async Task The_graph_holds_the_article_fact(string fact)
    {
        var (cypher, expected) = FactTable[fact];
        var result = await seed.Client.RunAsync(cypher);
        var record = Assert.Single(result.Records);
        Assert.Equal(expected, record["v"] is IReadOnlyList<object?> list ? list.ToArray() : record["v"]);
    }
}
