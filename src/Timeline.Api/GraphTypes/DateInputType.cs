using GraphQL.Types;
using GraphQLParser.AST;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>scalar DateInput</c>: a date as the ingest document writes it — a PartialDate text, or an object
/// <c>{ earliest, latest }</c> for a range — so that a document file can be sent unchanged. Checked by ingest validation.</summary>
internal sealed class DateInputType : ScalarGraphType
{
    public DateInputType()
    {
        Name = GraphQLNames.DateInput;
        Description = "A PartialDate text (\"2019\", \"2025-12\", \"2026-01-09\", \"2026-01-09T14:30Z\") or a range object {\"earliest\": \"…\", \"latest\": \"…\"}.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => text,
        IDictionary<string, object?> range => range,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLObjectValue obj => obj.Fields?.ToDictionary(f => f.Name.StringValue,
            f => f.Value is GraphQLStringValue s ? (object?)s.Value.ToString() : f.Value is GraphQLNullValue ? null : ThrowLiteralConversionError(value)) ?? [],
        _ => ThrowLiteralConversionError(value),
    };

    public override object? Serialize(object? value) => value;
}
