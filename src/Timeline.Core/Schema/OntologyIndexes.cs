using Timeline.Core.Ontology;

namespace Timeline.Core.Schema;

/// <summary>Indexes that follow from the ontology: one on <c>nameKey</c> per entity kind, so a kind-filtered
/// search or listing is served by an index. Adding a kind to the ontology adds its index; the migration id
/// carries a hash of its statements, so a changed ontology applies the new indexes on the next start.</summary>
public static class OntologyIndexes
{
    /// <summary>The ontology-derived migration for <paramref name="dialect"/>.</summary>
    public static SchemaMigration Migration(SchemaDialect dialect, OntologyModel ontology)
    {
        var statements = ontology.Kinds
            .Select(kind => dialect == SchemaDialect.V3
                ? $"CREATE INDEX ON :{kind.Name}({GraphProperties.NameKey})"
                : $"CREATE INDEX {IndexName(kind)} IF NOT EXISTS FOR (n:{kind.Name}) ON (n.{GraphProperties.NameKey})")
            .ToList();
        return new SchemaMigration("ontology-" + MigrationCatalog.ShortHash(statements), statements);
    }

    private static string IndexName(EntityKind kind) => kind.Name.ToLowerInvariant() + "_name_key";
}
