using System.Numerics;
using GraphQL.Types;
using GraphQLParser.AST;
using Timeline.Core.Ontology;

namespace Timeline.Api.GraphTypes;

/// <summary><c>scalar JSON</c>: any JSON value (object, list, string, number, boolean, null), in and out.</summary>
internal sealed class JsonType : ScalarGraphType
{
    public JsonType()
    {
        Name = GraphQLNames.Json;
        Description = "Any JSON value.";
    }

    public override object? ParseValue(object? value) => value;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLIntValue i => long.TryParse(i.Value, out var l) ? l : BigInteger.Parse(i.Value),
        GraphQLFloatValue f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLListValue list => list.Values?.Select(ParseLiteral).ToList() ?? [],
        GraphQLObjectValue obj => obj.Fields?.ToDictionary(f => f.Name.StringValue, f => ParseLiteral(f.Value)) ?? [],
        _ => ThrowLiteralConversionError(value),
    };

    public override object? Serialize(object? value) => value;

    public override bool CanParseValue(object? value) => true;

    public override bool CanParseLiteral(GraphQLValue value) => value is not GraphQLVariable;
}
