using Timeline.Testing.Neo4j;

namespace Timeline.IntegrationTests.Curation;

/// <summary>The empty server a backup is restored onto (<c>neo4j-local --instance restore-&lt;pid&gt;</c>): a second private
/// server beside the scratch one the backed-up graph is built on, as a move to another server would be.</summary>
public sealed class BackupRestoreNeo4j() : PrivateNeo4j("restore");
