using System.Collections;
using System.Globalization;

namespace Timeline.Neo4j;

/// <summary>Converts decoded values (long, double, lists, maps…) to the CLR type a caller asks for.</summary>
internal static class ValueConverter
{
    public static T Convert<T>(object? value, string what) => (T)ConvertTo(value, typeof(T), what)!;

    public static object? ConvertTo(object? value, Type target, string what)
    {
        if (value is null)
        {
            // Only targets that can hold null may receive it; silently turning null into 0/false would hide missing data.
            if (!target.IsValueType || Nullable.GetUnderlyingType(target) is not null)
                return null;
            throw new InvalidCastException($"The {what} is null and cannot be read as {target.Name}.");
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value))
            return value;

        return value switch
        {
            long l when IsNumeric(underlying) => ChangeNumber(l, underlying, what),
            double d when IsNumeric(underlying) => FromDouble(d, underlying, what),
            IReadOnlyList<object?> list when TryListElementType(underlying, out var element) => ToList(list, underlying, element, what),
            IReadOnlyDictionary<string, object?> map when TryMapValueType(underlying, out var valueType) => ToMap(map, valueType, what),
            _ => throw Mismatch(value, target, what),
        };
    }

    private static bool IsNumeric(Type t) =>
        t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) || t == typeof(uint) ||
        t == typeof(ulong) || t == typeof(ushort) || t == typeof(sbyte) || t == typeof(double) || t == typeof(float) ||
        t == typeof(decimal);

    private static object ChangeNumber(IConvertible number, Type target, string what)
    {
        try
        {
            return System.Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
        }
        catch (OverflowException e)
        {
            throw new InvalidCastException($"The {what} ({number}) does not fit in {target.Name}.", e);
        }
    }

    private static object FromDouble(double d, Type target, string what)
    {
        var isFloatTarget = target == typeof(double) || target == typeof(float) || target == typeof(decimal);
        // Convert.ChangeType would round 1.5 to 2 for an int target: refuse instead of losing data.
        if (!isFloatTarget && Math.Floor(d) != d)
            throw new InvalidCastException($"The {what} ({d.ToString(CultureInfo.InvariantCulture)}) is not a whole number and cannot be read as {target.Name}.");
        return ChangeNumber(d, target, what);
    }

    private static bool TryListElementType(Type target, out Type element)
    {
        if (target.IsArray)
        {
            element = target.GetElementType()!;
            return true;
        }
        if (target.IsGenericType && target.GetGenericArguments().Length == 1)
        {
            var def = target.GetGenericTypeDefinition();
            if (def == typeof(List<>) || def == typeof(IReadOnlyList<>) || def == typeof(IList<>) || def == typeof(IEnumerable<>) ||
                def == typeof(ICollection<>) || def == typeof(IReadOnlyCollection<>))
            {
                element = target.GetGenericArguments()[0];
                return true;
            }
        }
        element = typeof(object);
        return false;
    }

    private static object ToList(IReadOnlyList<object?> list, Type target, Type element, string what)
    {
        if (target.IsArray)
        {
            var array = Array.CreateInstance(element, list.Count);
            for (var i = 0; i < list.Count; i++)
                array.SetValue(ConvertTo(list[i], element, $"{what}[{i}]"), i);
            return array;
        }
        var result = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element), list.Count)!;
        for (var i = 0; i < list.Count; i++)
            result.Add(ConvertTo(list[i], element, $"{what}[{i}]"));
        return result;
    }

    private static bool TryMapValueType(Type target, out Type valueType)
    {
        valueType = typeof(object);
        if (!target.IsGenericType || target.GetGenericArguments() is not [var key, var value] || key != typeof(string))
            return false;
        var def = target.GetGenericTypeDefinition();
        if (def != typeof(Dictionary<,>) && def != typeof(IDictionary<,>) && def != typeof(IReadOnlyDictionary<,>))
            return false;
        valueType = value;
        return true;
    }

    private static object ToMap(IReadOnlyDictionary<string, object?> map, Type valueType, string what)
    {
        var result = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
        foreach (var (key, value) in map)
            result.Add(key, ConvertTo(value, valueType, $"{what}.{key}"));
        return result;
    }

    private static InvalidCastException Mismatch(object value, Type target, string what) =>
        new($"The {what} holds a {Describe(value)} ({ValueText.Format(value)}) and cannot be read as {target.Name}.");

    private static string Describe(object value) => value switch
    {
        long => "integer",
        double => "float",
        string => "string",
        bool => "boolean",
        Neo4jNode => "node",
        Neo4jRelationship => "relationship",
        IReadOnlyDictionary<string, object?> => "map",
        IReadOnlyList<object?> => "list",
        _ => value.GetType().Name,
    };
}
