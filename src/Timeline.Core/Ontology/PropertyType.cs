namespace Timeline.Core.Ontology;

/// <summary>The value type of a declared property (YAML: string, string[], int, float, bool, date).</summary>
public enum PropertyType
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON array of strings (YAML spelling <c>string[]</c>).</summary>
    StringList,

    /// <summary>A JSON number without a fractional part, held as <see cref="long"/>.</summary>
    Int,

    /// <summary>Any JSON number, held as <see cref="double"/>.</summary>
    Float,

    /// <summary>A JSON boolean.</summary>
    Bool,

    /// <summary>A <see cref="Timeline.Primitives.PartialDate"/> text or an <c>{ "earliest", "latest" }</c> range.</summary>
    Date,
}
