namespace Timeline.Query.Tree;

/// <summary>Which way a relationship pattern points, seen from its left node.</summary>
public enum RelationshipDirection
{
    Outgoing,
    Incoming,
    Either,
}
