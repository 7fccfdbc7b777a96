namespace Zitadel.Sdk.Models;

public sealed partial record IdpQuery
{
    /// <summary>Matches the legacy IdP with this id (<c>idpIdQuery</c>).</summary>
    /// <param name="id">The id (at most 200 characters).</param>
    /// <returns>The query.</returns>
    public static IdpQuery ById(string id) => new() { IdpIdQuery = new IdpIdQuery { Id = id } };

    /// <summary>Matches legacy IdPs by name (<c>idpNameQuery</c>).</summary>
    /// <param name="name">The name or name part (at most 200 characters).</param>
    /// <param name="method">The comparison; <see langword="null"/> for the server's default.</param>
    /// <returns>The query.</returns>
    public static IdpQuery ByName(string name, TextQueryMethod? method = null) => new() { IdpNameQuery = new IdpNameQuery { Name = name, Method = method } };

    /// <summary>Matches legacy IdPs by owner (<c>ownerTypeQuery</c>); organization level only.</summary>
    /// <param name="ownerType">The owner type.</param>
    /// <returns>The query.</returns>
    public static IdpQuery ByOwnerType(IdpOwnerType ownerType) => new() { OwnerTypeQuery = new IdpOwnerTypeQuery { OwnerType = ownerType } };
}
