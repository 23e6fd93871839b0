using Timeline.Core.Security;

namespace Timeline.UnitTests.Security;

/// <summary>The role ladder reader &lt; writer &lt; editor: each role has the rights of those below it and no more.</summary>
public sealed class ApiKeyRoleTests
{
    [Fact]
    public void The_roles_are_reader_writer_editor_in_increasing_rights() =>
        Assert.Equal(["reader", "writer", "editor"], ApiKeyRole.All);

    [Theory]
    [InlineData("reader", "reader", true)]
    [InlineData("reader", "writer", false)]
    [InlineData("reader", "editor", false)]
    [InlineData("writer", "reader", true)]
    [InlineData("writer", "writer", true)]
    [InlineData("writer", "editor", false)]
    [InlineData("editor", "reader", true)]
    [InlineData("editor", "writer", true)]
    [InlineData("editor", "editor", true)]
    public void A_role_grants_itself_and_every_role_below_it(string held, string required, bool granted) =>
        Assert.Equal(granted, ApiKeyRole.Grants(held, required));

    [Theory]
    [InlineData(null, "reader")]
    [InlineData("", "reader")]
    [InlineData("admin", "reader")]
    [InlineData("Writer", "writer")]
    [InlineData("EDITOR", "reader")]
    [InlineData("editor", "admin")]
    [InlineData("editor", "")]
    public void An_unknown_role_grants_nothing_and_is_granted_by_nothing(string? held, string required) =>
        Assert.False(ApiKeyRole.Grants(held, required));

    [Theory]
    [InlineData("reader", true)]
    [InlineData("writer", true)]
    [InlineData("editor", true)]
    [InlineData("Editor", false)]
    [InlineData("admin", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_three_lower_case_names_are_roles(string? role, bool known) =>
        Assert.Equal(known, ApiKeyRole.IsKnown(role));
}
