using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Shaping;
using Timeline.Core.Ontology;
using Timeline.Query.Paging;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation;

/// <summary>Compiles the selection of a Relay connection field (<c>edges { cursor node }</c>, <c>nodes</c>, <c>pageInfo</c>,
/// <c>totalCount</c>) into the projection of one page item — the sort key tuple plus one node projection per distinct node selection — and the
/// shape that assembles the connection from the items.</summary>
internal static class ConnectionBuilder
{
    /// <summary>Whether the selection of <paramref name="connection"/> reads its page: <c>edges</c>, <c>nodes</c> or
    /// <c>pageInfo</c>. A connection asked only for its <c>totalCount</c> is counted, never read; the
    /// shape built from the selection is told the same (<see cref="ConnectionShape.ReadsPage"/>).</summary>
    public static bool ReadsPage(FieldSelection connection, CompileContext context) =>
        context.Children(connection).Any(child => child.FieldName is "edges" or "nodes" or "pageInfo");

    /// <summary><paramref name="page"/>, told whether the selection of <paramref name="connection"/> shows cursors
    /// (<c>edges { cursor }</c>, <c>pageInfo { startCursor endCursor }</c>); the shape built from the selection is told the
    /// same (<see cref="ConnectionShape.ShowsCursors"/>).</summary>
    public static Page Paged(FieldSelection connection, CompileContext context, Page page) =>
        page with { ShowsCursors = ShowsCursors(connection, context) };

    private static bool ShowsCursors(FieldSelection connection, CompileContext context) =>
        context.Children(connection).Any(child => child.FieldName switch
        {
            "edges" => context.Children(child).Any(edgeField => edgeField.FieldName == "cursor"),
            "pageInfo" => context.Children(child).Any(info => info.FieldName is "startCursor" or "endCursor"),
            _ => false,
        });

    /// <summary>The names of the fields selected on the connection's nodes (under <c>edges { node }</c> and <c>nodes</c>).</summary>
    public static IEnumerable<string> NodeFields(FieldSelection connection, CompileContext context) =>
        context.Children(connection)
            .SelectMany(child => child.FieldName switch
            {
                "nodes" => [child],
                "edges" => context.Children(child).Where(edgeField => edgeField.FieldName == "node"),
                _ => [],
            })
            .SelectMany(node => context.Children(node).Select(field => field.FieldName));

    public static (ProjectionNode Item, ConnectionShape Shape) Build(
        FieldSelection connection,
        CompileContext context,
        Func<FieldSelection, ProjectionNode> projectNode,
        IReadOnlyList<SortKey> sort,
        Page page)
    {
        var connectionType = SelectionCollector.Unwrap(connection.Definition.ResolvedType!);
        var item = new ProjectionNode(null, connectionType.Name + "Item", null);
        var prefix = GraphQLNames.Connections.Single(c => GraphQLNames.Connection(c.Prefix) == connectionType.Name).Prefix;
        var edgeTypeName = GraphQLNames.Edge(prefix);
        var shape = new ConnectionShape(connectionType.Name, edgeTypeName, sort, page.First, page.After is not null, ReadsPage(connection, context),
            ShowsCursors(connection, context));
        foreach (var child in context.Children(connection))
        {
            switch (child.FieldName)
            {
                case "edges":
                    var fields = new List<(string, bool, ProjectionNode?, string?)>();
                    foreach (var edgeField in context.Children(child))
                    {
                        if (edgeField.FieldName == "cursor")
                        {
                            fields.Add((edgeField.ResponseKey, true, null, null));
                        }
                        else
                        {
                            var node = projectNode(edgeField);
                            fields.Add((edgeField.ResponseKey, false, node, item.Add("node", edgeField.ResponseKey, node, null)));
                        }
                    }
                    shape.AddEdges(child.ResponseKey, fields);
                    break;
                case "nodes":
                    var nodes = projectNode(child);
                    shape.AddNodes(child.ResponseKey, nodes, item.Add("node", child.ResponseKey, nodes, null));
                    break;
                case "totalCount":
                    shape.AddTotalCount(child.ResponseKey);
                    break;
                case "pageInfo":
                    shape.AddPageInfo(child.ResponseKey, context.Children(child).Select(f => (f.ResponseKey, f.FieldName)).ToList());
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected connection field {child.FieldName}.");
            }
        }
        return (item, shape);
    }
}
