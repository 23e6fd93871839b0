namespace Timeline.Core.Security;

/// <summary>The roles a caller of the API can hold: a <c>reader</c> may query; a <c>writer</c> may also ingest.</summary>
public static class ApiKeyRole
{
    /// <summary>May run queries.</summary>
    public const string Reader = "reader";

    /// <summary>May run queries and the <c>ingestDocument</c> mutation.</summary>
    public const string Writer = "writer";

    /// <summary>Every role, in order of increasing rights.</summary>
    public static IReadOnlyList<string> All { get; } = [Reader, Writer];

    /// <summary>True for a role name this service knows (exact, lower case).</summary>
    public static bool IsKnown(string? role) => role is Reader or Writer;

    /// <summary>True when <paramref name="held"/> grants what <paramref name="required"/> asks (a writer is also a reader).</summary>
    public static bool Grants(string? held, string required) =>
        held == required || (held == Writer && required == Reader);
}
