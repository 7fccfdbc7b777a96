using Idp.Cli.Output;

namespace Idp.Cli.Tests.Output;

public sealed class TableLayoutTests
{
    [Fact]
    public void Short_values_keep_their_natural_widths()
    {
        var layout = TableLayout.Fit([["a1", "Okta", "oidc", "external", "-", "x.example"]]);

        layout.Widths.Should().Equal(2, 4, 8, 8, 7, 9);
        layout.FormatLine(["a1", "Okta", "oidc", "external", "-", "x.example"]).Should().Be("a1  Okta  oidc      external  -        x.example");
    }

    [Fact]
    public void Long_values_are_cut_with_an_ellipsis_and_lines_fit_80_columns()
    {
        var row = new[] { new string('i', 24), new string('n', 60), "oidc", "keycard-vault", "yes", "login.example.com/" + new string('p', 80) };

        var layout = TableLayout.Fit([row]);
        var line = layout.FormatLine(row);
        var header = layout.FormatLine(TableLayout.Headers);

        line.Length.Should().BeLessThanOrEqualTo(80);
        header.Length.Should().BeLessThanOrEqualTo(80);
        line.Should().Contain("…");
        layout.Widths[0].Should().Be(24, "ids are shrunk last");
    }

    [Fact]
    public void Even_absurd_widths_fit()
    {
        var row = Enumerable.Repeat(new string('x', 500), 6).ToArray();

        var layout = TableLayout.Fit([row]);

        layout.FormatLine(row).Length.Should().BeLessThanOrEqualTo(80);
    }

    [Fact]
    public void Rows_wider_than_the_first_page_are_cut_too()
    {
        var layout = TableLayout.Fit([["id", "a", "oidc", "t", "-", "i"]]);

        layout.FormatLine(["id-much-longer-than-before", "a", "oidc", "t", "-", "i"]).Should().StartWith("i…  a");
    }

    [Theory]
    [InlineData(null, "-")]
    [InlineData("", "-")]
    [InlineData("evil\u001b[31mred\nline\ttab", "evil [31mred line tab")]
    public void Cells_are_safe_for_a_terminal(string? value, string expected) =>
        TableLayout.Cell(value).Should().Be(expected);
}
