using System.Text.Json;
using Timeline.Core.Ontology;

namespace Timeline.Core.Ingest;

/// <summary>
/// Validates ingest documents (DESIGN.md §3) against an ontology: walks the raw JSON so every error has a
/// JSON path, reports all errors at once, and yields a typed <see cref="ValidatedDocument"/> when there are none.
/// </summary>
public sealed class DocumentValidator
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Creates a validator for <paramref name="ontology"/> with <paramref name="limits"/>.</summary>
    public DocumentValidator(OntologyModel ontology, IngestLimits limits)
    {
        Ontology = ontology ?? throw new ArgumentNullException(nameof(ontology));
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
    }

    /// <summary>Creates a validator with <see cref="IngestLimits.Default"/>.</summary>
    public DocumentValidator(OntologyModel ontology)
        : this(ontology, IngestLimits.Default)
    {
    }

    /// <summary>The ontology documents are checked against.</summary>
    public OntologyModel Ontology { get; }

    /// <summary>The size limits in force.</summary>
    public IngestLimits Limits { get; }

    /// <summary>Validates a parsed document.</summary>
    public ValidationResult Validate(JsonElement root) => DocumentReader.Read(new ValidationContext(Ontology, Limits), root);

    /// <summary>
    /// Validates raw UTF-8 JSON: the size limit is checked before parsing, and malformed JSON is reported as one
    /// error at <c>$</c> with its line and position.
    /// </summary>
    public ValidationResult Validate(ReadOnlySpan<byte> utf8Json)
    {
        if (DocumentTooLarge(utf8Json.Length) is { } tooLarge)
            return ValidationResult.Failed(tooLarge);
        if (utf8Json.StartsWith(Utf8Bom))
            utf8Json = utf8Json[Utf8Bom.Length..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = Limits.MaxDepth });
        }
        catch (JsonException e)
        {
            return ValidationResult.Failed(new ValidationError(JsonPath.Root, InvalidJson(e)));
        }
        using (document)
            return Validate(document.RootElement);
    }

    /// <summary>An error at <c>$</c> when a document of <paramref name="byteCount"/> bytes exceeds the limit; otherwise null.</summary>
    public ValidationError? DocumentTooLarge(long byteCount) =>
        byteCount > Limits.MaxDocumentBytes
            ? new ValidationError(JsonPath.Root, $"document is {byteCount:N0} bytes; the limit is {Limits.MaxDocumentBytes:N0}")
            : null;

    /// <summary>
    /// Checks the references of a valid document to ids it does not define.
    /// </summary>
    /// <param name="doc">A document returned by <see cref="Validate(JsonElement)"/>.</param>
    /// <param name="existingKinds">
    /// For each external id found in the graph, its kind name (<c>Event</c>/<c>Statement</c> for those nodes).
    /// Ids absent from this map are reported as not found.
    /// </param>
    /// <returns>Errors for ids not found, references of the wrong sort, and relation ends the ontology does not allow.</returns>
    public IReadOnlyList<ValidationError> ResolveExternal(ValidatedDocument doc, IReadOnlyDictionary<string, string> existingKinds)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(existingKinds);
        return ExternalResolver.Resolve(Ontology, Limits, doc, existingKinds);
    }

    /// <summary>For a document that failed validation: errors for its external references whose ids are not in the graph
    /// (<paramref name="found"/>), worded as <see cref="ResolveExternal"/> words them, so they join the other errors.</summary>
    public IReadOnlyList<ValidationError> MissingExternal(ValidationResult result, IReadOnlySet<string> found)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(found);
        return result.ExternalReferenceSites
            .Where(site => !found.Contains(site.Id))
            .Select(site => new ValidationError(site.Path, $"'{site.Id}' is not defined in this document and does not exist in the graph"))
            .ToList();
    }

    private static string InvalidJson(JsonException e)
    {
        // System.Text.Json appends its own "LineNumber: 0 | BytePositionInLine: 5." (0-based); say it once, 1-based.
        var message = e.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
                message = message[..cut];
        }
        var where = e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "";
        return $"invalid JSON{where}: {message.Trim()}";
    }
}
