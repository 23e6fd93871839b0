namespace Timeline.IntegrationTests.Fuzz;

/// <summary>Strings that break naive code: Cypher and JSON injection, Unicode edge cases (NUL, lone surrogates, right-to-left
/// overrides, combining marks, astral characters), and sizes around the limits.</summary>
internal static class HostilePayloads
{
    public const string DeleteEverything = "MATCH (n) DETACH DELETE n";

    /// <summary>Cypher injection attempts, meant to end a string or a map and run a deletion.</summary>
    public static readonly string[] Injections =
    [
        DeleteEverything,
        "x' }) MATCH (n) DETACH DELETE n //",
        "x\" }) MATCH (n) DETACH DELETE n //",
        "x`) MATCH (n) DETACH DELETE n //",
        "'; MATCH (n) DETACH DELETE n; //",
        "$sourceId} ) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //",
        "{id}) DETACH DELETE n",
        "\\' OR 1=1 --",
        "*/ MATCH (n) DETACH DELETE n /*",
        "CALL dbms.security.changePassword('pwned')",
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "${jndi:ldap://127.0.0.1/x}",
        "<script>alert(1)</script>",
        "__proto__",
    ];

    /// <summary>Unicode that must be stored and returned exactly as sent (valid UTF-16).</summary>
    public static readonly string[] VerbatimUnicode =
    [
        "nul\u0000inside",
        "\u202Eright-to-left override\u202C",
        "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 mixed",
        "e\u0301\u0301\u0301 combining \u0338\u20DD",
        "astral \U0001F600 \U00010348 \U0001D11E",
        "zero\u200Bwidth\uFEFFbom",
        "line\r\nbreaks\ttab",
        "Nicolás Maduro",
    ];

    /// <summary>Invalid UTF-16 (lone surrogates): may be refused, must never break anything.</summary>
    public static readonly string[] BrokenUnicode = ["lone \uD800 high", "lone \uDC00 low", "\uDFFF\uD800 reversed"];
}
