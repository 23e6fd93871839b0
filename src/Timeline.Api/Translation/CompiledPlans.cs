using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using GraphQL;
using Timeline.Api.Execution;
using Timeline.Api.Translation.Roots;

namespace Timeline.Api.Translation;

/// <summary>
/// The plans compiled for the root fields of validated query texts (<see cref="ValidatedDocuments"/>), by text, operation,
/// field and variable values: a client that sends the same request again (a dashboard, a notebook run again, a page
/// reloaded) gets the same Cypher statement without compiling the selection again (0.05 ms of a search, 0.25 ms of a
/// timeline page, on the bench's 10k graph). A plan depends on nothing else: the schema, the ontology and the limits are fixed for
/// the process, and the caller's role is checked before execution, on every request.
/// </summary>
/// <remarks>Only variable values of the plain JSON kinds (text, number, boolean, null, and lists and objects of them) make a
/// key; a request with any other value (a custom scalar's parsed value) is compiled every time. Bounded: once it holds
/// <see cref="Capacity"/> plans it starts again empty. Plans are shared between concurrent requests; they are immutable
/// (the statement, and a shaping function that only reads).</remarks>
internal sealed class CompiledPlans(ValidatedDocuments validated)
{
    /// <summary>The most plans kept.</summary>
    public const int Capacity = 1_000;

    private readonly ConcurrentDictionary<string, RootPlan> _plans = new(StringComparer.Ordinal);

    /// <summary>How many plans are kept now.</summary>
    public int Count => _plans.Count;

    /// <summary>The plan of the root field <paramref name="context"/> resolves: the one kept for the same request, else
    /// <paramref name="compile"/>'s (kept when the query text is validated and every variable value makes a key).</summary>
    public RootPlan GetOrCompile(IResolveFieldContext context, Func<RootPlan> compile)
    {
        var query = context.Document.Source.ToString();
        if (!validated.IsValidated(query, context.Document) || Key(context, query) is not { } key)
            return compile();
        if (_plans.TryGetValue(key, out var known))
            return known;
        var plan = compile();
        if (_plans.Count >= Capacity)
            _plans.Clear();
        _plans.TryAdd(key, plan);
        return plan;
    }

    // The query text, the operation, the field's response key and every variable's value, each written with its kind and
    // length so that no two requests share a key; null when a value is of another kind.
    private static string? Key(IResolveFieldContext context, string query)
    {
        var key = new StringBuilder();
        Text(key, query);
        Text(key, context.Operation.Name?.StringValue ?? "");
        Text(key, (context.FieldAst.Alias?.Name ?? context.FieldAst.Name).StringValue);
        foreach (var variable in context.Variables ?? [])
        {
            Text(key, variable.Name);
            if (!Value(key, variable.Value))
                return null;
        }
        return key.ToString();
    }

    private static void Text(StringBuilder key, string text) =>
        key.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);

    /// <summary>Writes <paramref name="value"/> into <paramref name="key"/>; false when it is not of a plain JSON kind.</summary>
    internal static bool Value(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null:
                key.Append('n');
                return true;
            case string s:
                key.Append('s');
                Text(key, s);
                return true;
            case bool b:
                key.Append(b ? 't' : 'f');
                return true;
            case int or long or short or byte or sbyte or uint or ulong or ushort or decimal or double or float or System.Numerics.BigInteger:
                key.Append('d').Append(value.GetType().Name).Append(':');
                Text(key, Convert.ToString(value, CultureInfo.InvariantCulture)!);
                return true;
            case IDictionary<string, object?> map:
                key.Append('{').Append(map.Count.ToString(CultureInfo.InvariantCulture)).Append(':');
                foreach (var (name, item) in map)
                {
                    Text(key, name);
                    if (!Value(key, item))
                        return false;
                }
                key.Append('}');
                return true;
            case IList list:
                key.Append('[').Append(list.Count.ToString(CultureInfo.InvariantCulture)).Append(':');
                foreach (var item in list)
                {
                    if (!Value(key, item))
                        return false;
                }
                key.Append(']');
                return true;
            default:
                return false;
        }
    }
}
