namespace Timeline.Core.Export;

/// <summary>An export was asked about an id that names nothing in the graph.</summary>
public sealed class ExportNotFoundException(string message) : Exception(message);
