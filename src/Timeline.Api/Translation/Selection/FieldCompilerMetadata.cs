namespace Timeline.Api.Translation.Selection;

/// <summary>The metadata key under which a schema field carries the compiler that turns it into Cypher.</summary>
internal static class FieldCompilerMetadata
{
    public const string Key = "timeline:cypher";
}
