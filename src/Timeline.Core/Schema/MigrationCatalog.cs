using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Ontology;

namespace Timeline.Core.Schema;

/// <summary>Every migration for one dialect, in the order they apply: the hand-written files of
/// <c>cypher/schema/&lt;dialect&gt;/</c> (embedded at build time), the data built for them (the name-suffix index, its rank data and kinds, the item
/// and relation lists of an older graph, its relation lists made exact, the name-prefix lists), then the indexes derived from the ontology.</summary>
public static class MigrationCatalog
{
    private const string ResourcePrefix = "Timeline.Schema.";

    /// <summary>All migrations for <paramref name="dialect"/>.</summary>
    public static IReadOnlyList<SchemaMigration> For(SchemaDialect dialect, OntologyModel ontology)
    {
        var folder = dialect.FolderName() + "/";
        var assembly = typeof(MigrationCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SchemaMigration(
                Path.GetFileNameWithoutExtension(n[(ResourcePrefix.Length + folder.Length)..]),
                SplitStatements(ReadResource(assembly, n))))
            .ToList();
        files.Add(NameSuffixBuild.Migration);
        files.Add(NameSuffixRanks.Migration);
        files.Add(NameSuffixKinds.Migration);
        files.Add(ItemListBuild.Migration);
        files.Add(RelationListBuild.Migration(ontology));
        files.Add(RelationListExact.Migration(ontology));
        files.Add(ItemListExact.Migration);
        files.Add(NamePrefixBuild.Migration);
        files.Add(OntologyIndexes.Migration(dialect, ontology));
        return files;
    }

    /// <summary>Splits a migration file into statements: <c>;</c> ends a statement, <c>//</c> lines are comments.</summary>
    public static IReadOnlyList<string> SplitStatements(string text)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            current.Append(current.Length == 0 ? "" : " ").Append(line.TrimEnd(';'));
            if (line.EndsWith(';'))
            {
                statements.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) statements.Add(current.ToString());
        return statements;
    }

    internal static string ShortHash(IEnumerable<string> statements)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", statements)));
        return Convert.ToHexString(bytes)[..12].ToLowerInvariant();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded migration '{name}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
