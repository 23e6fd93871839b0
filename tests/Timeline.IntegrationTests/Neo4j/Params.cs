namespace Timeline.IntegrationTests.Neo4j;

/// <summary>Short parameter dictionaries for test statements.</summary>
internal static class Params
{
    public static IReadOnlyDictionary<string, object?> Of(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
