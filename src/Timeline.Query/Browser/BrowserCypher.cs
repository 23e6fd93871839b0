using Timeline.Query.Clauses;
using Timeline.Query.Cypher;
using Timeline.Query.Questions;

namespace Timeline.Query.Browser;

/// <summary>Writes a question as a Cypher text for Neo4j Browser: the same query tree the service runs, the whole answer
/// (no page), with the values written in as literals and the question's Browser columns, under a comment saying what it
/// asks. The service never sends these texts.</summary>
public static class BrowserCypher
{
    /// <summary>The Browser text of <paramref name="question"/> asked with <paramref name="arguments"/>.</summary>
    /// <exception cref="QuestionArgumentException">An argument the question cannot take.</exception>
    public static string Write<TArguments>(IQuestion<TArguments> question, TArguments arguments)
    {
        var query = question.Build(arguments).Unpaged();
        var text = query.Write(new ColumnsReturn(question.BrowserColumns(query)), CypherBuilder.ForBrowser()).Text;
        return Comment(question.Describe(arguments)) + text + "\n";
    }

    /// <summary>A one-line <c>//</c> comment (line breaks in the text become spaces).</summary>
    public static string Comment(string text) => "// " + text.Replace("\r", " ").Replace("\n", " ") + "\n";
}
