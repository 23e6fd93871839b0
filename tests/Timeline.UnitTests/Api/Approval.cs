using Timeline.Testing.Neo4j;

namespace Timeline.UnitTests.Api;

/// <summary>Approval files: the expected text lives in the repository; on a mismatch the actual text is written next to it
/// as <c>.received</c> (review it, then rename it over the approved file) and the test fails.</summary>
internal static class Approval
{
    public static string Directory => Path.Combine(Neo4jLocalScript.RepositoryRoot(), "tests", "Timeline.UnitTests", "Api", "Snapshots");

    public static void Verify(string approvedPath, string actual)
    {
        var receivedPath = ReceivedPath(approvedPath);
        var normalized = actual.Replace("\r\n", "\n");
        var expected = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
        if (expected == normalized)
        {
            if (File.Exists(receivedPath))
                File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(expected is null
            ? $"No approved file {approvedPath}; wrote {receivedPath} for review."
            : $"{approvedPath} differs from the actual text; wrote {receivedPath}. Diff them, and if the change is intended, move the received file over the approved one.");
    }

    public static void VerifySnapshot(string name, string actual) => Verify(Path.Combine(Directory, name + ".cypher"), actual);

    private static string ReceivedPath(string approvedPath)
    {
        var extension = Path.GetExtension(approvedPath);
        return Path.ChangeExtension(approvedPath, null) + ".received" + extension;
    }
}
