using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The mapping of LDAP attributes to Zitadel user fields.</summary>
public sealed partial record LdapAttributes
{
    /// <summary>The attribute of the user-info response that holds the user id.</summary>
    [JsonPropertyName("idAttribute")]
    public string? IdAttribute { get; init; }

    /// <summary>The <c>firstNameAttribute</c> field.</summary>
    [JsonPropertyName("firstNameAttribute")]
    public string? FirstNameAttribute { get; init; }

    /// <summary>The <c>lastNameAttribute</c> field.</summary>
    [JsonPropertyName("lastNameAttribute")]
    public string? LastNameAttribute { get; init; }

    /// <summary>The <c>displayNameAttribute</c> field.</summary>
    [JsonPropertyName("displayNameAttribute")]
    public string? DisplayNameAttribute { get; init; }

    /// <summary>The <c>nickNameAttribute</c> field.</summary>
    [JsonPropertyName("nickNameAttribute")]
    public string? NickNameAttribute { get; init; }

    /// <summary>The <c>preferredUsernameAttribute</c> field.</summary>
    [JsonPropertyName("preferredUsernameAttribute")]
    public string? PreferredUsernameAttribute { get; init; }

    /// <summary>The <c>emailAttribute</c> field.</summary>
    [JsonPropertyName("emailAttribute")]
    public string? EmailAttribute { get; init; }

    /// <summary>The <c>emailVerifiedAttribute</c> field.</summary>
    [JsonPropertyName("emailVerifiedAttribute")]
    public string? EmailVerifiedAttribute { get; init; }

    /// <summary>The <c>phoneAttribute</c> field.</summary>
    [JsonPropertyName("phoneAttribute")]
    public string? PhoneAttribute { get; init; }

    /// <summary>The <c>phoneVerifiedAttribute</c> field.</summary>
    [JsonPropertyName("phoneVerifiedAttribute")]
    public string? PhoneVerifiedAttribute { get; init; }

    /// <summary>The <c>preferredLanguageAttribute</c> field.</summary>
    [JsonPropertyName("preferredLanguageAttribute")]
    public string? PreferredLanguageAttribute { get; init; }

    /// <summary>The <c>avatarUrlAttribute</c> field.</summary>
    [JsonPropertyName("avatarUrlAttribute")]
    public string? AvatarUrlAttribute { get; init; }

    /// <summary>The <c>profileAttribute</c> field.</summary>
    [JsonPropertyName("profileAttribute")]
    public string? ProfileAttribute { get; init; }
}
