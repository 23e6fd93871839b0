using Timeline.Core.Backup;
using Timeline.Core.Curation;
using Timeline.Core.Ingest;
using Timeline.Core.Provenance;
using Timeline.Core.Ingest.Writing;
using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Core.Schema;
using Timeline.Testing.CypherLint;
using Timeline.Testing.Neo4j;
using Timeline.Testing.Project;

namespace Timeline.UnitTests.CypherFive;

/// <summary>The Cypher 5 check over texts that the local 3.1 test server never receives, or that people paste:
/// the 4.4+/5 schema migrations, the write statements for the seed, the Browser queries and seed.cypher.
/// Everything the project actually sends during the tests is checked too, by scripts/test, from the recording.</summary>
public sealed class ProjectCypherTests
{
    private static string Root => Neo4jLocalScript.RepositoryRoot();

    [Fact]
    public async Task The_Neo4j_5_schema_migrations_pass()
    {
        var texts = MigrationCatalog.For(SchemaDialect.V5, OntologyModel.Default)
            .SelectMany(m => m.Statements.Select((s, i) => CypherText.FromQuery($"migration {m.Id} #{i + 1}", s)));

        await CypherLinter.AssertCypher5Async(texts);
    }

    [Fact]
    public async Task The_write_statements_for_the_seed_pass()
    {
        var validation = new DocumentValidator(OntologyModel.Default).Validate(SeedDocument.Bytes());
        var doc = Assert.IsType<ValidatedDocument>(validation.Document);
        var kinds = doc.Entities.ToDictionary(e => e.Id, e => e.Kind.Name);
        foreach (var e in doc.Events) kinds[e.Id] = "Event";
        foreach (var s in doc.Statements) kinds[s.Id] = "Statement";

        var texts = IngestStatements.Build(doc, kinds, new Dictionary<string, IReadOnlyList<SourceClaim>>(), CorrectionOverlay.Empty)
            .Append(IngestStatements.KeepDocuments([(doc.Source.Id, "{}")]))
            .Append(ChangeLog.Write(ChangeRecord.Now("test", ChangeAction.Ingested, doc.Source.Id, null, [doc.Source.Id])))
            .Select((s, i) => new CypherText($"ingest statement #{i + 1}", s.Text, s.Parameters!.Keys.ToList()))
            .Append(CypherText.FromQuery("ingest look-up", IngestCypher.LookUpIds))
            .Append(CypherText.FromQuery("ingest sources look-up", IngestCypher.LookUpSources))
            .Append(CypherText.FromQuery("ingest corrections look-up", CorrectionCypher.Read))
            .Concat(GraphLabels.Dated.Select(label => CypherText.FromQuery($"ingest claims of {label}", IngestCypher.LockAndReadClaims(label))));

        await CypherLinter.AssertCypher5Async(texts);
    }

    [Fact]
    public async Task The_curation_statements_pass()
    {
        string[] types = ["RECOGNIZES", "HOLDS_POSITION"];
        var texts = new[]
            {
                ("support: involvements", ProvenanceCypher.Involvements), ("support: relations", ProvenanceCypher.Relations),
                ("support: reports", ProvenanceCypher.Reports), ("support: entities", ProvenanceCypher.Entities(OntologyModel.Default)),
                ("support: entities named", ProvenanceCypher.EntitiesNamed(OntologyModel.Default)),
                ("support: entity sources", ProvenanceCypher.EntitySources), ("support: documents", ProvenanceCypher.Documents),
                ("support: rewrite entities", ProvenanceCypher.RewriteEntities),
                ("curation: lock source", CurationCypher.LockSource), ("curation: mark retracted", CurationCypher.MarkRetracted),
                ("curation: unmark", CurationCypher.Unmark),
                ("lists: mark inexact", RelationLists.MarkInexact(["country:a"])!.Text),
                ("lists: mark gone", RelationLists.MarkGone([("LEADS", "person:a", "country:a", "")])!.Text),
            }
            .Concat(RelationLists.RebuildUnflagged(OntologyModel.Default, ["country:a"]).Select((s, i) => ($"lists: rebuild unflagged #{i + 1}", s.Text)))
            .Concat(GraphLabels.Dated.SelectMany(label => new[] { ($"support: claims of {label}", ProvenanceCypher.Claims(label)), ($"support: rewrite {label}", ProvenanceCypher.Rewrite(label)) }))
            .Concat(types.SelectMany(type => new[]
            {
                ($"support: {type} sources", ProvenanceCypher.RelationSources(type)), ($"support: rewrite {type}", ProvenanceCypher.RewriteRelations(type)),
                ($"support: {type} named", ProvenanceCypher.RelationsNamed(type)),
            }))
            .Select(t => CypherText.FromQuery(t.Item1, t.Item2));

        await CypherLinter.AssertCypher5Async(texts);
    }

    [Fact]
    public async Task The_fact_correction_statements_pass()
    {
        string[] types = ["RECOGNIZES", "HOLDS_POSITION"];
        var texts = new[]
            {
                ("correction: read", CorrectionCypher.Read), ("correction: write", CorrectionCypher.Write),
                ("correction: drop participants", CorrectionCypher.DropParticipants), ("correction: merge participants", CorrectionCypher.MergeParticipants),
                ("correction: existing entities", CorrectionCypher.ExistingEntities),
            }
            .Concat(GraphLabels.Dated.SelectMany(label => new[]
            {
                ($"correction: lock {label}", CorrectionCypher.LockNode(label)), ($"correction: apply to {label}", CorrectionCypher.ApplyToNodes(label)),
                ($"withdrawal: delete {label}", CorrectionCypher.DeleteNode(label)),
            }))
            .Concat(types.SelectMany(type => new[]
            {
                ($"correction: lock {type}", CorrectionCypher.LockRelation(type)), ($"correction: apply to {type}", CorrectionCypher.ApplyToRelations(type)),
                ($"withdrawal: delete {type}", CorrectionCypher.DeleteRelation(type)), ($"ingest: lock {type}", CorrectionCypher.LockRelations(type)),
            }))
            .Select(t => CypherText.FromQuery(t.Item1, t.Item2));

        await CypherLinter.AssertCypher5Async(texts);
    }

    [Fact]
    public async Task The_backup_and_restore_statements_pass()
    {
        var texts = new[]
            {
                ("backup: sources", BackupCypher.Sources), ("backup: changes", BackupCypher.Changes),
                ("restore: delete the replay's changes", BackupCypher.DeleteReplayChanges),
            }
            .Concat(BackupCypher.Occupying.Select(label => ($"restore: count {label}", BackupCypher.Count(label))))
            .Select(t => CypherText.FromQuery(t.Item1, t.Item2));

        await CypherLinter.AssertCypher5Async(texts);
    }

    [Fact]
    public async Task The_Browser_queries_and_seed_cypher_pass()
    {
        var browser = Directory.GetFiles(Path.Combine(Root, "cypher", "browser"), "*.cypher")
            .Select(f => CypherText.FromQuery(Path.GetFileName(f), File.ReadAllText(f).Trim().TrimEnd(';')));
        var seed = File.ReadAllLines(Path.Combine(Root, "cypher", "seed.cypher"))
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))
            .Select((l, i) => CypherText.FromQuery($"seed.cypher line {i + 3}", l.TrimEnd(';')));

        await CypherLinter.AssertCypher5Async(browser.Concat(seed));
    }
}
