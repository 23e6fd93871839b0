using Timeline.Core.Ingest;

namespace Timeline.Core.Curation;

/// <summary>What a curation did: <see cref="Ok"/> with the change's id and how many facts it touched, or refused with
/// <see cref="Errors"/> (each with the argument it concerns) and nothing written.</summary>
public sealed record CurationResult(bool Ok, string? ChangeId, int Affected, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>A refused curation: nothing written.</summary>
    public static CurationResult Refused(string path, string message) => new(false, null, 0, [new ValidationError(path, message)]);

    /// <summary>A refused curation: nothing written.</summary>
    public static CurationResult Refused(IReadOnlyList<ValidationError> errors) => new(false, null, 0, errors);
}
