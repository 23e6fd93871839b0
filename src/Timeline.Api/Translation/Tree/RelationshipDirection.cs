namespace Timeline.Api.Translation.Tree;

/// <summary>Which way a relationship pattern points, seen from its left node.</summary>
internal enum RelationshipDirection
{
    Outgoing,
    Incoming,
    Either,
}
