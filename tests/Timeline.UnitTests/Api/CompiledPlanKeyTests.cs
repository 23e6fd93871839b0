using System.Text;
using Timeline.Api.Translation;

namespace Timeline.UnitTests.Api;

/// <summary>The variable values that key a kept plan (<see cref="CompiledPlans"/>): two different values never share a key,
/// and a value of any other kind than JSON's makes none.</summary>
public sealed class CompiledPlanKeyTests
{
    public static TheoryData<object?, object?> DifferentValues => new()
    {
        { "1", 1 },
        { 1, 1L },
        { 1, 1.0 },
        { "", null },
        { true, "t" },
        { new List<object?> { "a", "b" }, new List<object?> { "ab" } },
        { new List<object?> { "a", "b" }, new List<object?> { "a:b" } },
        { new List<object?> { "ab" }, "ab" },
        { new Dictionary<string, object?> { ["a"] = "b" }, new List<object?> { "a", "b" } },
        { new Dictionary<string, object?> { ["a"] = "bc" }, new Dictionary<string, object?> { ["ab"] = "c" } },
        { new Dictionary<string, object?> { ["a"] = null }, new Dictionary<string, object?>() },
        { new List<object?> { new List<object?> { 1 }, 2 }, new List<object?> { 1, new List<object?> { 2 } } },
        { "1:a", "1" },
    };

    [Theory]
    [MemberData(nameof(DifferentValues))]
    public void Different_values_write_different_keys(object? one, object? other)
    {
        Assert.NotEqual(Key(one), Key(other));
    }

    [Fact]
    public void Equal_values_write_the_same_key()
    {
        object? Value() => new Dictionary<string, object?> { ["from"] = "2026-01", ["ids"] = new List<object?> { "a", "b" }, ["first"] = 5 };
        Assert.Equal(Key(Value()), Key(Value()));
    }

    [Fact]
    public void A_value_of_another_kind_makes_no_key()
    {
        Assert.False(CompiledPlans.Value(new StringBuilder(), new DateTime(2026, 1, 9)));
        Assert.False(CompiledPlans.Value(new StringBuilder(), new List<object?> { "a", new object() }));
    }

    private static string Key(object? value)
    {
        var key = new StringBuilder();
        Assert.True(CompiledPlans.Value(key, value));
        return key.ToString();
    }
}
