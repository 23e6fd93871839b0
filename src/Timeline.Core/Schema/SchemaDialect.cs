using Timeline.Neo4j;

namespace Timeline.Core.Schema;

/// <summary>The DDL dialect a server understands: 3.x has only <c>CREATE CONSTRAINT ON … ASSERT</c>;
/// 4.4+ and 5 have <c>IF NOT EXISTS</c> and <c>FOR … REQUIRE</c> (and 5 removed the old form).</summary>
public enum SchemaDialect
{
    /// <summary>Neo4j 3.x.</summary>
    V3,
    /// <summary>Neo4j 4.4 and later, including 5.</summary>
    V5,
}

/// <summary>Chooses the dialect from what the server reports about itself.</summary>
public static class SchemaDialects
{
    /// <summary>The dialect for a server version such as "3.1.1" or "5.26.0".</summary>
    public static SchemaDialect For(ServerInfo server) => server.Major >= 4 ? SchemaDialect.V5 : SchemaDialect.V3;

    /// <summary>The folder name under <c>cypher/schema/</c>.</summary>
    public static string FolderName(this SchemaDialect dialect) => dialect == SchemaDialect.V3 ? "v3" : "v5";
}
