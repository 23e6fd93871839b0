using Timeline.Api.Translation.Selection;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation;

/// <summary>Compiles one field of an object that is not a node (a relation, a participation, a path step): the parent
/// compiler knows the Cypher variables behind it and supplies one factory per field.</summary>
internal delegate ValueNode FieldFactory(FieldSelection field, CompileContext context);
