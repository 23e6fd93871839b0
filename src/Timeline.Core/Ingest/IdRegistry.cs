using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

// The ids a document defines. Sources, entities, events and statements share one id space: a statement's
// about may point at any of them, so two things with one id would make references ambiguous.
internal sealed class IdRegistry
{
    public sealed record Definition(IdKind Kind, string Path, EntityKind? EntityKind);

    private readonly Dictionary<string, Definition> _definitions = new(StringComparer.Ordinal);

    // Records a definition; returns the earlier one when the id is already taken.
    public Definition? Register(string id, IdKind kind, string path, EntityKind? entityKind = null) =>
        _definitions.TryAdd(id, new Definition(kind, path, entityKind)) ? null : _definitions[id];

    public Definition? Find(string id) => _definitions.GetValueOrDefault(id);
}
