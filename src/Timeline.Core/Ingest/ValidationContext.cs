using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

// State of one validation run: the ontology, the limits, and everything collected so far.
internal sealed class ValidationContext(OntologyModel ontology, IngestLimits limits)
{
    public OntologyModel Ontology { get; } = ontology;

    public IngestLimits Limits { get; } = limits;

    public List<ValidationError> Errors { get; } = [];

    public IdRegistry Ids { get; } = new();

    public List<Reference> References { get; } = [];

    public void Error(string path, string message) => Errors.Add(new ValidationError(path, message));

    // Registers a defined id, reporting a duplicate with the place of its first definition.
    public void Define(string id, IdKind kind, string path, EntityKind? entityKind = null)
    {
        if (Ids.Register(id, kind, path, entityKind) is { } first)
            Error(path, $"duplicate id '{id}'; it is already defined at {first.Path}");
    }

    public void Refer(string id, string path, ReferenceTarget target) => References.Add(new Reference(id, path, target));
}
