using System.Text;

namespace Timeline.Testing.CypherLint;

/// <summary>Finds the parameters (<c>$name</c>) a Cypher text uses.</summary>
public static class CypherParameters
{
    /// <summary>
    /// The distinct parameter names in <paramref name="query"/>, in order of first use. <c>$</c>
    /// inside string literals, comments and backticked names is not a parameter; <c>$`odd name`</c>
    /// yields <c>odd name</c>. The legacy <c>{name}</c> form is deliberately not recognised.
    /// </summary>
    public static IReadOnlyList<string> Extract(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var names = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (c is '\'' or '"')
            {
                i = SkipString(query, i);
            }
            else if (c == '`')
            {
                i = ReadBacktickName(query, i, out _);
            }
            else if (c == '/' && At(query, i + 1) == '/')
            {
                var end = query.IndexOf('\n', i);
                i = end < 0 ? query.Length : end + 1;
            }
            else if (c == '/' && At(query, i + 1) == '*')
            {
                var end = query.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? query.Length : end + 2;
            }
            else if (c == '$')
            {
                i = ReadParameterName(query, i + 1, out var name);
                if (name.Length > 0 && !names.Contains(name))
                {
                    names.Add(name);
                }
            }
            else
            {
                i++;
            }
        }

        return names;
    }

    private static char At(string s, int index) => index < s.Length ? s[index] : '\0';

    // Cypher strings escape with a backslash; the quote that opened the string closes it.
    private static int SkipString(string s, int start)
    {
        var quote = s[start];
        var i = start + 1;
        while (i < s.Length)
        {
            if (s[i] == '\\')
            {
                i += 2;
            }
            else if (s[i] == quote)
            {
                return i + 1;
            }
            else
            {
                i++;
            }
        }

        return s.Length;
    }

    // Inside backticks a doubled backtick stands for one.
    private static int ReadBacktickName(string s, int start, out string name)
    {
        var text = new StringBuilder();
        var i = start + 1;
        while (i < s.Length)
        {
            if (s[i] == '`')
            {
                if (At(s, i + 1) == '`')
                {
                    text.Append('`');
                    i += 2;
                    continue;
                }

                name = text.ToString();
                return i + 1;
            }

            text.Append(s[i]);
            i++;
        }

        name = text.ToString();
        return s.Length;
    }

    private static int ReadParameterName(string s, int start, out string name)
    {
        if (At(s, start) == '`')
        {
            return ReadBacktickName(s, start, out name);
        }

        var i = start;
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_'))
        {
            i++;
        }

        name = s[start..i];
        return i;
    }
}
