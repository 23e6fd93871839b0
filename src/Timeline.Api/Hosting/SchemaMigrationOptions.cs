namespace Timeline.Api.Hosting;

/// <summary>Schema migrations at start-up (section <c>Timeline:Migrations</c>).</summary>
public sealed class SchemaMigrationOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Timeline:Migrations";

    /// <summary>How often the migrations are tried again while Neo4j does not answer (default 5 s).</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
