using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQL.Types;
using GraphQLParser.AST;
using Timeline.Api.GraphTypes;

namespace Timeline.Api.Execution.Shaped;

/// <summary>
/// A root field's shaped value, checked against the field's selection, written as the field's JSON when the result is
/// serialised: each object's fields in the order GraphQL.NET collects them for its concrete type, each read as
/// <see cref="ShapedFieldResolver"/> reads it, each leaf serialised by its scalar or enum type.
/// </summary>
/// <remarks>The check walks the whole value first: a value GraphQL.NET would answer with an error (null for a non-null
/// type, a list that is not one, an object whose type does not match, a scalar that refuses the value) or a field that does
/// not read the shaped value makes <see cref="TryCheck"/> return null, and the field is executed as usual. Writing walks
/// it again with the fields the check collected, so it cannot fail half-way.</remarks>
[JsonConverter(typeof(ShapedAnswerConverter))]
internal sealed class ShapedAnswer
{
    private readonly ISchema _schema;
    private readonly IGraphType _type;
    private readonly object? _value;
    private readonly GraphQLSelectionSet? _selection;
    private readonly Dictionary<(GraphQLSelectionSet, IObjectGraphType), List<(string Name, GraphQLField Field, FieldType FieldType)>> _fields;

    private ShapedAnswer(ISchema schema, IGraphType type, object? value, GraphQLSelectionSet? selection)
    {
        _schema = schema;
        _type = type;
        _value = value;
        _selection = selection;
        _fields = [];
    }

    /// <summary>The answer of <paramref name="root"/>'s resolved value, or null when GraphQL.NET's execution is needed to
    /// give it, with the place and the reason in <paramref name="refused"/> (<paramref name="collect"/>: the strategy's own
    /// field collection).</summary>
    public static ShapedAnswer? TryCheck(ExecutionContext context, ShapedRootNode root,
        Func<ExecutionContext, IObjectGraphType, GraphQLSelectionSet, Dictionary<string, (GraphQLField Field, FieldType FieldType)>> collect,
        out string? refused)
    {
        var answer = new ShapedAnswer(context.Schema, root.FieldDefinition.ResolvedType!, root.Result, root.Field.SelectionSet);
        var check = new Walk(answer, writer: null, options: null, context, collect);
        var passed = check.Value(answer._type, answer._value, answer._selection);
        refused = passed ? null : check.Refused;
        return passed ? answer : null;
    }

    internal void Write(Utf8JsonWriter writer, JsonSerializerOptions options) =>
        new Walk(this, writer, options, context: null, collect: null).Value(_type, _value, _selection);

    /// <summary>One pass over the value: the check (no writer: collects each selection's fields, refuses what needs
    /// execution) or the write (with the fields the check collected).</summary>
    private sealed class Walk(ShapedAnswer answer, Utf8JsonWriter? writer, JsonSerializerOptions? options, ExecutionContext? context,
        Func<ExecutionContext, IObjectGraphType, GraphQLSelectionSet, Dictionary<string, (GraphQLField Field, FieldType FieldType)>>? collect)
    {
        /// <summary>Why the check refused the value, and the fields it is in, innermost first.</summary>
        public string? Refused { get; private set; }

        private bool Refuse(string why)
        {
            Refused = Refused is null ? why : $"{Refused}, in {why}";
            return false;
        }

        // selection: the selection set below the field whose value this is (null for leaves).
        public bool Value(IGraphType type, object? value, GraphQLSelectionSet? selection)
        {
            var nonNull = type is NonNullGraphType;
            if (type is NonNullGraphType wrapped)
                type = wrapped.ResolvedType!;
            if (value is null)
            {
                writer?.WriteNullValue();
                return !nonNull || Refuse($"null for the non-null type {type}");
            }
            return type switch
            {
                ListGraphType list => List(list, value, selection),
                ScalarGraphType scalar => Leaf(scalar, value, nonNull),
                IObjectGraphType objectType => Object(objectType, value, selection),
                IAbstractGraphType abstractType => Object(abstractType.GetObjectType(value, answer._schema) is { } concrete
                    && abstractType.IsPossibleType(concrete) ? concrete : null, value, selection),
                _ => Refuse($"a value of the type {type}"),
            };
        }

        private bool List(ListGraphType type, object value, GraphQLSelectionSet? selection)
        {
            if (value is not IEnumerable items || value is string)
                return Refuse($"a {value.GetType().Name} for the list type {type}");
            writer?.WriteStartArray();
            foreach (var item in items)
            {
                if (!Value(type.ResolvedType!, item, selection))
                    return false;
            }
            writer?.WriteEndArray();
            return true;
        }

        private bool Leaf(ScalarGraphType scalar, object value, bool nonNull)
        {
            object? serialized;
            try
            {
                serialized = scalar.Serialize(value);
            }
            catch (Exception) when (writer is null)
            {
                return Refuse($"a {value.GetType().Name} the type {scalar.Name} does not serialise"); // the execution reports it
            }
            if (writer is null)
                return serialized is not null || !nonNull || Refuse($"a {value.GetType().Name} the type {scalar.Name} serialises as null");
            if (serialized is string text)
                writer.WriteStringValue(text);
            else
                JsonSerializer.Serialize(writer, serialized, options);
            return true;
        }

        private bool Object(IObjectGraphType? type, object value, GraphQLSelectionSet? selection)
        {
            if (selection is null)
                return Refuse("an object without a selection");
            if (type is null || (type.IsTypeOf is not null && !type.SkipTypeCheck && !type.IsTypeOf(value)))
                return Refuse($"a {value.GetType().Name} that is not of the type {type?.Name ?? "expected"}");
            if (Fields(type, selection) is not { } fields)
                return false;
            writer?.WriteStartObject();
            foreach (var (name, field, definition) in fields)
            {
                writer?.WritePropertyName(options?.PropertyNamingPolicy?.ConvertName(name) ?? name);
                if (definition == answer._schema.TypeNameMetaFieldType)
                {
                    writer?.WriteStringValue(type.Name);
                    continue;
                }
                if (!Value(definition.ResolvedType!, ShapedFieldResolver.Read(value, name), field.SelectionSet))
                    return Refuse($"{type.Name}.{definition.Name}");
            }
            writer?.WriteEndObject();
            return true;
        }

        // The fields of a selection for a concrete type, as GraphQL.NET collects them; null when one of them is not read from
        // the shaped value (its resolver would do something else).
        private List<(string Name, GraphQLField Field, FieldType FieldType)>? Fields(IObjectGraphType type, GraphQLSelectionSet selection)
        {
            if (answer._fields.TryGetValue((selection, type), out var known))
                return known;
            if (context is null || collect is null)
                throw new InvalidOperationException("A selection the check did not see.");
            var fields = new List<(string, GraphQLField, FieldType)>();
            foreach (var (name, (field, definition)) in collect(context, type, selection))
            {
                if (definition != answer._schema.TypeNameMetaFieldType && definition.Resolver is not ShapedFieldResolver)
                {
                    Refuse($"{type.Name}.{definition.Name} is not read from the shaped value");
                    return null;
                }
                fields.Add((name, field, definition));
            }
            answer._fields[(selection, type)] = fields;
            return fields;
        }
    }
}

/// <summary>Writes a <see cref="ShapedAnswer"/> with the serialiser's writer and options.</summary>
internal sealed class ShapedAnswerConverter : JsonConverter<ShapedAnswer>
{
    public override ShapedAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A shaped answer is only written.");

    public override void Write(Utf8JsonWriter writer, ShapedAnswer value, JsonSerializerOptions options) => value.Write(writer, options);
}
