using Timeline.Primitives;

namespace Timeline.UnitTests.Time;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Delcy Rodríguez", "delcy rodriguez")]
    [InlineData("delcy rodriguez", "delcy rodriguez")]
    [InlineData("  Nicolás\t\tMADURO \n", "nicolas maduro")]
    [InlineData("Juan Guaidó", "juan guaido")]
    [InlineData("Hugo Cha\u0301vez", "hugo chavez")] // combining accent, already decomposed
    [InlineData("Bogotá, Colombia", "bogota, colombia")]
    [InlineData("São Tomé", "sao tome")]
    [InlineData("Ñandú\u00A0Åsa", "nandu asa")] // no-break space is whitespace too
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Folds_case_accents_and_whitespace(string input, string expected)
    {
        Assert.Equal(expected, NameKey.Of(input));
    }

    [Fact]
    public void Accented_and_plain_spellings_are_equal()
    {
        Assert.Equal(NameKey.Of("Delcy Rodríguez"), NameKey.Of("DELCY  RODRIGUEZ"));
    }

    [Fact]
    public void Normalizing_is_idempotent()
    {
        var once = NameKey.Of("  Nicolás  Maduro Moros ");
        Assert.Equal(once, NameKey.Of(once));
    }
}
