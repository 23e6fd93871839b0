using Timeline.Core.Lookup;
using Timeline.Neo4j;
using Timeline.Testing.CypherLint;

namespace Timeline.UnitTests.Lookup;

/// <summary>The rows <see cref="NameSuffixes.Write"/> sends: each suffix once, in key order, with whether it starts one of the
/// entity's keys (as stored: cut to <see cref="NameSuffixes.Length"/>), the entity's nameKey and kind; and the write, rename and
/// migration texts pass the Cypher 5 check. Expected rows worked out by hand from the keys below.</summary>
public sealed class NameSuffixRowsTests
{
    private const string Id = "person:ana";
    private static readonly string Sep = NameSuffixes.Separator.ToString();

    [Fact]
    public void A_suffix_starts_when_one_key_starts_with_it_even_when_another_key_only_contains_it()
    {
        // "ana maria" has the suffixes "ana maria", "na maria", "a maria", "maria", "aria", "ria", "ia", "a" (none at its
        // space); "maria" is also the whole second key, so that node (shared by both keys) starts one.
        var rows = Rows(NameSuffixes.Write([(Id, "ana maria", "Person", ["ana maria", "maria"])]));

        Assert.Equal(["a", "a maria", "ana maria", "aria", "ia", "maria", "na maria", "ria"], rows.Select(r => Suffix(r)));
        Assert.Equal(["ana maria", "maria"], rows.Where(r => (bool)r[NameSuffixes.StartsProperty]!).Select(r => Suffix(r)));
        Assert.All(rows, r =>
        {
            Assert.Equal(Id, r[NameSuffixes.EntityProperty]);
            Assert.Equal("ana maria", r[NameSuffixes.NameKeyProperty]);
            Assert.Equal("Person", r[NameSuffixes.KindProperty]);
        });
    }

    [Fact]
    public void A_key_longer_than_the_stored_length_starts_at_its_cut_and_no_longer_suffix_is_stored()
    {
        const string key = "abcdefghijklmnopqrstuvwxyz0123"; // 30 characters
        var rows = Rows(NameSuffixes.Write([(Id, key, "Person", [key])]));

        Assert.Equal(NameSuffixes.Length, rows.Max(r => Suffix(r).Length));
        var starting = Assert.Single(rows, r => (bool)r[NameSuffixes.StartsProperty]!);
        Assert.Equal(key[..NameSuffixes.Length], Suffix(starting));
        Assert.Contains(rows, r => Suffix(r) == key[1..(NameSuffixes.Length + 1)] && !(bool)r[NameSuffixes.StartsProperty]!);
        Assert.Equal(key.Length, rows.Count);
    }

    [Fact]
    public void An_entity_named_twice_gets_the_suffixes_of_both_keys_with_the_last_name_key_in_key_order()
    {
        var rows = Rows(NameSuffixes.Write([("person:b", "bo", "Person", ["bo"]), (Id, "old", "Person", ["xy"]), ("person:b", "bob", "Person", ["bob"])]));

        Assert.Equal(rows.Select(r => (string)r[NameSuffixes.KeyProperty]!).Order(StringComparer.Ordinal), rows.Select(r => (string)r[NameSuffixes.KeyProperty]!));
        Assert.Equal(["b" + Sep + "person:b", "bo" + Sep + "person:b", "bob" + Sep + "person:b", "o" + Sep + "person:b", "ob" + Sep + "person:b"],
            rows.Where(r => (string)r[NameSuffixes.EntityProperty]! == "person:b").Select(r => (string)r[NameSuffixes.KeyProperty]!));
        Assert.All(rows.Where(r => (string)r[NameSuffixes.EntityProperty]! == "person:b"), r => Assert.Equal("bob", r[NameSuffixes.NameKeyProperty]));
        // "b" ends "bob" but starts neither key; "bo" starts the first.
        Assert.Equal(["bo", "bob", "xy"], rows.Where(r => (bool)r[NameSuffixes.StartsProperty]!).Select(r => Suffix(r)));
    }

    [Fact]
    public void Only_a_complete_key_set_sets_starts_exactly_otherwise_a_present_suffix_keeps_it_once_true()
    {
        var some = NameSuffixes.Write([(Id, "ana", "Person", ["ana"])])!;
        var all = NameSuffixes.Write([(Id, "ana", "Person", ["ana"])], complete: true)!;

        Assert.Contains($"ON MATCH SET s.{NameSuffixes.StartsProperty} = s.{NameSuffixes.StartsProperty} OR row.{NameSuffixes.StartsProperty}", some.Text, StringComparison.Ordinal);
        Assert.Contains($"ON MATCH SET s.{NameSuffixes.StartsProperty} = row.{NameSuffixes.StartsProperty}", all.Text, StringComparison.Ordinal);
        Assert.Null(NameSuffixes.Write([(Id, "ana", "Person", [])]));
    }

    [Fact]
    public void No_entity_no_statement() => Assert.Null(NameSuffixes.RenameAsStored([]));

    [Fact]
    public async Task The_suffix_writes_and_renames_pass_the_Cypher_5_check()
    {
        Statement[] statements =
        [
            NameSuffixes.Write([(Id, "ana", "Person", ["ana"])])!, NameSuffixes.Write([(Id, "ana", "Person", ["ana"])], complete: true)!,
            NameSuffixes.RenameAsStored([Id])!, NameSuffixes.WriteStored([(Id, "ana", ["ana"])])!,
        ];

        await CypherLinter.AssertCypher5Async(statements.Select((s, i) => new CypherText($"name suffixes #{i + 1}", s.Text, s.Parameters!.Keys.ToList())));
    }

    private static List<Dictionary<string, object?>> Rows(Statement? write) =>
        ((List<object?>)Assert.IsType<Statement>(write).Parameters!["rows"]!).Cast<Dictionary<string, object?>>().ToList();

    private static string Suffix(Dictionary<string, object?> row) => ((string)row[NameSuffixes.KeyProperty]!).Split(NameSuffixes.Separator)[0];
}
