using Timeline.Core.Ontology;
using Timeline.Query.Paging;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Shaping;

/// <summary>Turns the items of a page (maps holding the sort key tuple and the projected node(s)), fetched with one extra
/// item to tell whether there is a next page, into a Relay connection: edges with cursors, nodes, pageInfo, and the
/// totalCount the same statement counted when it was selected.</summary>
internal sealed class ConnectionShape(string connectionType, string edgeType, IReadOnlyList<SortKey> sort, int first, bool hasAfter,
    bool readsPage, bool showsCursors)
{
    private readonly List<(string ResponseKey, List<(string ResponseKey, bool IsCursor, ProjectionNode? Node, string? CypherKey)> Fields)> _edges = [];
    private readonly List<(string ResponseKey, ProjectionNode Node, string CypherKey)> _nodes = [];
    private readonly List<(string ResponseKey, List<(string ResponseKey, string Field)> Fields)> _pageInfos = [];
    private readonly List<string> _totalCounts = [];

    /// <summary>Whether <c>totalCount</c> is selected: only then is the list counted.</summary>
    public bool CountsTotal => _totalCounts.Count > 0;

    /// <summary>Whether anything of the page is selected, as <see cref="Compilation.ConnectionBuilder.ReadsPage"/> decided from
    /// the selection: a connection asked only for its <c>totalCount</c> is counted, never read.</summary>
    public bool ReadsPage => readsPage;

    /// <summary>Whether a cursor is selected (<see cref="Compilation.ConnectionBuilder.Paged"/>): only then do the items carry
    /// their sort keys.</summary>
    public bool ShowsCursors => showsCursors;

    public void AddEdges(string responseKey, List<(string ResponseKey, bool IsCursor, ProjectionNode? Node, string? CypherKey)> fields) =>
        _edges.Add((responseKey, fields));

    public void AddNodes(string responseKey, ProjectionNode node, string cypherKey) => _nodes.Add((responseKey, node, cypherKey));

    public void AddPageInfo(string responseKey, List<(string ResponseKey, string Field)> fields) => _pageInfos.Add((responseKey, fields));

    public void AddTotalCount(string responseKey) => _totalCounts.Add(responseKey);

    /// <summary>The connection of <paramref name="items"/>; <paramref name="total"/> is the count of the whole list (read only
    /// when <see cref="CountsTotal"/>).</summary>
    public ShapedObject Shape(IReadOnlyList<IReadOnlyDictionary<string, object?>> items, int total = 0)
    {
        var page = items.Take(first).ToList();
        var cursors = !showsCursors ? []
            : page.Select(item => Cursor.Encode(sort.Select(k => item.GetValueOrDefault(k.Name)?.ToString() ?? "").ToList())).ToList();
        var result = new ShapedObject(connectionType);
        foreach (var (key, fields) in _edges)
        {
            var edges = new List<object?>();
            for (var i = 0; i < page.Count; i++)
            {
                var edge = new ShapedObject(edgeType);
                foreach (var field in fields)
                    edge[field.ResponseKey] = field.IsCursor ? cursors[i] : field.Node!.Shape(page[i].GetValueOrDefault(field.CypherKey!));
                edges.Add(edge);
            }
            result[key] = edges;
        }
        foreach (var key in _totalCounts)
            result[key] = total;
        foreach (var (key, node, cypherKey) in _nodes)
            result[key] = page.Select(item => node.Shape(item.GetValueOrDefault(cypherKey))).ToList();
        foreach (var (key, fields) in _pageInfos)
        {
            var info = new ShapedObject(GraphQLNames.PageInfo);
            foreach (var (responseKey, field) in fields)
            {
                info[responseKey] = field switch
                {
                    "hasNextPage" => items.Count > first,
                    "hasPreviousPage" => hasAfter,
                    "startCursor" => cursors.Count > 0 ? cursors[0] : null,
                    "endCursor" => cursors.Count > 0 ? cursors[^1] : null,
                    _ => null,
                };
            }
            result[key] = info;
        }
        return result;
    }
}
