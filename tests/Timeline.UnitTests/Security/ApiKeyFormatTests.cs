using Timeline.Core.Security;

namespace Timeline.UnitTests.Security;

/// <summary>The shape of API keys: a recognisable prefix, a public id for lookup, a 256-bit secret, only a hash stored.</summary>
public sealed class ApiKeyFormatTests
{
    [Fact]
    public void A_generated_key_carries_its_id_and_matches_only_its_own_hash()
    {
        var (id, key) = ApiKeyFormat.Generate();
        Assert.Matches("^[0-9a-f]{12}$", id);
        Assert.StartsWith(ApiKeyFormat.Prefix + id + "_", key, StringComparison.Ordinal);
        Assert.Equal(id, ApiKeyFormat.IdOf(key));
        Assert.True(key.Length >= ApiKeyFormat.Prefix.Length + 13 + 43);

        var hash = ApiKeyFormat.Hash(key);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.True(ApiKeyFormat.Matches(key, hash));
        Assert.False(ApiKeyFormat.Matches(key + "x", hash));
        Assert.False(ApiKeyFormat.Matches(ApiKeyFormat.Generate().Key, hash));
    }

    [Fact]
    public void Keys_are_never_repeated()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => ApiKeyFormat.Generate()).ToList();
        Assert.Equal(1000, keys.Select(k => k.Key).Distinct().Count());
        Assert.Equal(1000, keys.Select(k => k.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tlk_")]
    [InlineData("tlk_0123456789ab")]
    [InlineData("tlk_0123456789ab_")]
    [InlineData("tlk_0123456789AB_secret")]
    [InlineData("tlk_0123456789a_secret")]
    [InlineData("tlk_0123456789abc_secret")]
    [InlineData("xyz_0123456789ab_secret")]
    [InlineData("tlk_01234567zz9a_secret")]
    public void Anything_else_has_no_id(string? text) => Assert.Null(ApiKeyFormat.IdOf(text));

    [Fact]
    public void A_secret_may_contain_underscores()
    {
        Assert.Equal("0123456789ab", ApiKeyFormat.IdOf("tlk_0123456789ab_se_cr_et"));
    }
}
