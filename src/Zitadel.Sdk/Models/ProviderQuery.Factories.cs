namespace Zitadel.Sdk.Models;

public sealed partial record ProviderQuery
{
    /// <summary>Matches the provider with this id (<c>idpIdQuery</c>).</summary>
    /// <param name="id">The provider id (at most 200 characters).</param>
    /// <returns>The query.</returns>
    public static ProviderQuery ById(string id) => new() { IdpIdQuery = new IdpIdQuery { Id = id } };

    /// <summary>Matches providers by name (<c>idpNameQuery</c>).</summary>
    /// <param name="name">The name or name part (at most 200 characters).</param>
    /// <param name="method">The comparison; <see langword="null"/> for the server's default, <see cref="TextQueryMethod.Equal"/>.</param>
    /// <returns>The query.</returns>
    public static ProviderQuery ByName(string name, TextQueryMethod? method = null) => new() { IdpNameQuery = new IdpNameQuery { Name = name, Method = method } };

    /// <summary>Matches providers by owner (<c>ownerTypeQuery</c>); organization level only.</summary>
    /// <param name="ownerType">The owner type.</param>
    /// <returns>The query.</returns>
    public static ProviderQuery ByOwnerType(IdpOwnerType ownerType) => new() { OwnerTypeQuery = new IdpOwnerTypeQuery { OwnerType = ownerType } };
}
