using Timeline.Testing.CypherLint;

namespace Timeline.UnitTests.CypherLint;

public sealed class CypherParametersTests
{
    [Fact]
    public void Finds_each_parameter_once_in_order_of_use() =>
        Assert.Equal(
            ["rows", "source", "limit"],
            CypherParameters.Extract("UNWIND $rows AS row MERGE (n {id: row.id, src: $source}) WITH n, $rows AS r LIMIT $limit RETURN n"));

    [Fact]
    public void Ignores_dollars_in_strings_comments_and_backticked_names() =>
        Assert.Equal(
            ["real", "also"],
            CypherParameters.Extract(
                """
                // a comment with $notParam
                MATCH (n) WHERE n.price = '$5 it\'s $fake' AND n.`$odd` = "$dq" /* $block
                $comment */ AND n.x = $real
                RETURN n.`a``$b` AS x, $also
                """));

    [Fact]
    public void Reads_backticked_and_numeric_parameter_names() =>
        Assert.Equal(["odd name", "0", "é_1"], CypherParameters.Extract("RETURN $`odd name`, $0, $é_1"));

    [Fact]
    public void Does_not_treat_the_legacy_brace_form_as_a_parameter() =>
        Assert.Empty(CypherParameters.Extract("MATCH (n) WHERE n.id = {id} RETURN n"));
}
