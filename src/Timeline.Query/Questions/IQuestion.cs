using Timeline.Query.Clauses;
using Timeline.Query.Tree;

namespace Timeline.Query.Questions;

/// <summary>One question the service answers, specified once: from typed arguments it builds the query tree that the
/// GraphQL field, the exports and the Browser text all write (each with its own return: a GraphQL projection, an export
/// row, Browser columns).</summary>
/// <typeparam name="TArguments">The question's arguments, already checked (see <see cref="OntologyArguments"/>).</typeparam>
public interface IQuestion<in TArguments>
{
    /// <summary>The query tree for these arguments (cut to their page when they carry one).</summary>
    /// <exception cref="QuestionArgumentException">An argument the question cannot take.</exception>
    ReadQuery Build(TArguments arguments);

    /// <summary>The question in words, for people (the first line of its Browser text).</summary>
    string Describe(TArguments arguments);

    /// <summary>What Neo4j Browser shows of each answer: named columns, or nodes and paths it draws.</summary>
    IReadOnlyList<(string Name, ValueNode Value)> BrowserColumns(ReadQuery query);
}
