namespace Timeline.Neo4j;

/// <summary>Formats server addresses for messages.</summary>
internal static class UriText
{
    /// <summary>Drops any user-info part so that credentials written into a URI never reach a message or log.</summary>
    public static string Redact(Uri uri)
    {
        if (!uri.IsAbsoluteUri || string.IsNullOrEmpty(uri.UserInfo))
            return uri.ToString();
        return new UriBuilder(uri) { UserName = "", Password = "" }.Uri.ToString();
    }
}
