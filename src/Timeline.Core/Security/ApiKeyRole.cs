namespace Timeline.Core.Security;

/// <summary>The roles a caller of the API can hold, a ladder where each role has the rights of those below it: a
/// <c>reader</c> may query; a <c>writer</c> may also ingest; an <c>editor</c> may also curate (retract, correct, merge).</summary>
public static class ApiKeyRole
{
    /// <summary>May run queries.</summary>
    public const string Reader = "reader";

    /// <summary>May also ingest documents (the <c>ingestDocument</c> mutation).</summary>
    public const string Writer = "writer";

    /// <summary>May also curate the graph: the mutations that retract, correct or merge what was ingested.</summary>
    public const string Editor = "editor";

    // Declared before All, which wraps it: static fields are initialised in the order they are written.
    private static readonly string[] Ladder = [Reader, Writer, Editor];

    /// <summary>Every role, in order of increasing rights: a role grants itself and every role before it.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(Ladder);

    /// <summary>True for a role name this service knows (exact, lower case).</summary>
    public static bool IsKnown(string? role) => Rank(role) >= 0;

    /// <summary>True when <paramref name="held"/> grants what <paramref name="required"/> asks: it is the same role or one
    /// further up <see cref="All"/> (an editor is also a writer and a reader). An unknown role grants nothing and is granted
    /// by nothing.</summary>
    public static bool Grants(string? held, string required) =>
        IsKnown(required) && Rank(held) >= Rank(required);

    // The position of a role on the ladder, or -1 for a name that is not a role (null included).
    private static int Rank(string? role) => role is null ? -1 : Array.IndexOf(Ladder, role);
}
