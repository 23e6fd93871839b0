namespace Timeline.Core.Ingest;

/// <summary>The outcome of validating one ingest document.</summary>
/// <param name="Errors">Every problem found, in document order; empty when the document is valid.</param>
/// <param name="Document">The typed document when <paramref name="Errors"/> is empty; otherwise null.</param>
/// <param name="ExternalReferences">
/// Ids referenced but not defined in the document; they must already exist in the graph
/// (see <see cref="DocumentValidator.ResolveExternal"/>).
/// </param>
public sealed record ValidationResult(
    IReadOnlyList<ValidationError> Errors,
    ValidatedDocument? Document,
    IReadOnlySet<string> ExternalReferences)
{
    /// <summary>Where each external reference is used, so that ids missing from the graph can be reported at their
    /// paths even when the document has other errors (all errors at once).</summary>
    public IReadOnlyList<ExternalReference> ExternalReferenceSites { get; init; } = [];

    /// <summary>True when there are no errors (external references still need resolving).</summary>
    public bool IsValid => Errors.Count == 0;

    internal static ValidationResult Failed(ValidationError error) =>
        new([error], null, new HashSet<string>());
}
