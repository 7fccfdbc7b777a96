using Keycard.Sdk.Models;

namespace Keycard.Sdk.Tests.Models;

public sealed class ExtensibleEnumTests
{
    [Theory]
    [InlineData("external", true)]
    [InlineData("keycard-vault", true)]
    [InlineData("keycard-sts", true)]
    [InlineData("External", false)]
    [InlineData("keycard-future", false)]
    public void Provider_type_knows_exactly_the_documented_values(string value, bool known)
    {
        var type = KeycardProviderType.Create(value);

        type.Value.Should().Be(value);
        type.ToString().Should().Be(value);
        type.IsKnown.Should().Be(known);
    }

    [Theory]
    [InlineData("platform", true)]
    [InlineData("customer", true)]
    [InlineData("partner", false)]
    public void Owner_type_knows_exactly_the_documented_values(string value, bool known)
    {
        var owner = KeycardOwnerType.Create(value);

        owner.Value.Should().Be(value);
        owner.IsKnown.Should().Be(known);
    }

    [Fact]
    public void Known_values_have_their_wire_strings()
    {
        KeycardProviderType.External.Value.Should().Be("external");
        KeycardProviderType.KeycardVault.Value.Should().Be("keycard-vault");
        KeycardProviderType.KeycardSts.Value.Should().Be("keycard-sts");
        KeycardOwnerType.Platform.Value.Should().Be("platform");
        KeycardOwnerType.Customer.Value.Should().Be("customer");
        new KeycardProviderType("external").Should().Be(KeycardProviderType.External);
    }

    [Fact]
    public void A_null_wire_string_is_rejected()
    {
        var act = () => new KeycardProviderType(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("value");
    }
}
