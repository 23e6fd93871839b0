using Timeline.Core.Ontology;
using Timeline.Query.Paging;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Shaping;

/// <summary>Turns the items of a page (maps holding the sort key tuple and the projected node(s)), fetched with one extra
/// item to tell whether there is a next page, into a Relay connection: edges with cursors, nodes, pageInfo.</summary>
internal sealed class ConnectionShape(string connectionType, string edgeType, IReadOnlyList<SortKey> sort, int first, bool hasAfter)
{
    private readonly List<(string ResponseKey, List<(string ResponseKey, bool IsCursor, ProjectionNode? Node, string? CypherKey)> Fields)> _edges = [];
    private readonly List<(string ResponseKey, ProjectionNode Node, string CypherKey)> _nodes = [];
    private readonly List<(string ResponseKey, List<(string ResponseKey, string Field)> Fields)> _pageInfos = [];

    public void AddEdges(string responseKey, List<(string ResponseKey, bool IsCursor, ProjectionNode? Node, string? CypherKey)> fields) =>
        _edges.Add((responseKey, fields));

    public void AddNodes(string responseKey, ProjectionNode node, string cypherKey) => _nodes.Add((responseKey, node, cypherKey));

    public void AddPageInfo(string responseKey, List<(string ResponseKey, string Field)> fields) => _pageInfos.Add((responseKey, fields));

    public ShapedObject Shape(IReadOnlyList<IReadOnlyDictionary<string, object?>> items)
    {
        var page = items.Take(first).ToList();
        var cursors = page.Select(item => Cursor.Encode(sort.Select(k => item.GetValueOrDefault(k.Name)?.ToString() ?? "").ToList())).ToList();
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
