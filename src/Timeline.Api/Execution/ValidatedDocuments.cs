using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace Timeline.Api.Execution;

/// <summary>
/// The parsed documents of queries that passed the rules that read only the document (GraphQL's own rules and the alias
/// limit), by query text: an analyst's client sends the same few queries again and again, with other variables, and
/// parsing and validating them again was a tenth of the API's work for a page. The rules that read the variables or the
/// caller (page size, complexity weighted by <c>first</c>, the caller's role) run on every request
/// (<see cref="GraphQLRequestExecutor"/>).
/// </summary>
/// <remarks>Bounded: once it holds <see cref="Capacity"/> queries it keeps them and takes no more (a client that generates
/// a new query text per request gets no benefit, and costs no memory beyond that). The documents are shared between
/// concurrent requests; GraphQL.NET only reads them.</remarks>
internal sealed class ValidatedDocuments
{
    /// <summary>The most query texts kept.</summary>
    public const int Capacity = 1_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>The document of <paramref name="query"/>: the validated one when it is known, else parsed now (and
    /// validated by the request that runs it). Throws as GraphQLParser's <c>Parser.Parse</c> does.</summary>
    public GraphQLDocument Parse(string query) =>
        _documents.TryGetValue(query, out var known) ? known : GraphQLParser.Parser.Parse(query);

    /// <summary>Whether <paramref name="document"/> is the validated document of <paramref name="query"/>.</summary>
    public bool IsValidated(string query, GraphQLDocument document) =>
        _documents.TryGetValue(query, out var known) && ReferenceEquals(known, document);

    /// <summary>Keeps <paramref name="document"/> as <paramref name="query"/>'s, once every rule passed on it.</summary>
    public void Remember(string query, GraphQLDocument document)
    {
        if (_documents.Count < Capacity)
            _documents.TryAdd(query, document);
    }
}
