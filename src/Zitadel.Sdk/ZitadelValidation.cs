using System.Globalization;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk;

/// <summary>Argument checks the core <c>ArgumentGuard</c> does not cover.</summary>
internal static class ZitadelValidation
{
    public static void Bytes(byte[]? value, string paramName, int min, int max, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} is required ({min}..{max} bytes)."), paramName);
            }

            return;
        }

        if (value.Length < min || value.Length > max)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} must be {min}..{max} bytes long (was {value.Length})."), paramName);
        }
    }

    public static void Query(IdpIdQuery? id, IdpNameQuery? name, IdpOwnerTypeQuery? owner, string paramName, bool instanceLevel)
    {
        var count = (id is null ? 0 : 1) + (name is null ? 0 : 1) + (owner is null ? 0 : 1);
        if (count != 1)
        {
            throw new ArgumentException($"{paramName} must set exactly one of IdpIdQuery, IdpNameQuery or OwnerTypeQuery (a protobuf oneof); use the factory methods.", paramName);
        }

        if (id is not null)
        {
            IdentityProviders.Sdk.ArgumentGuard.Length(id.Id, paramName + ".IdpIdQuery.Id", 0, 200);
        }

        if (name is not null)
        {
            IdentityProviders.Sdk.ArgumentGuard.Length(name.Name, paramName + ".IdpNameQuery.Name", 0, 200);
        }

        if (owner is not null && instanceLevel)
        {
            throw new ArgumentException($"{paramName}.OwnerTypeQuery is only supported at organization level: the admin API's queries have no ownerTypeQuery.", paramName);
        }
    }
}
