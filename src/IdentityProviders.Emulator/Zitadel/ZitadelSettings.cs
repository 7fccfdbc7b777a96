using System.Security.Cryptography;

namespace IdentityProviders.Emulator.Zitadel;

/// <summary>The Zitadel part of <see cref="EmulatorOptions"/>, copied when the emulator starts, plus the generated service-user key.</summary>
internal sealed record ZitadelSettings(
    string Token,
    string OrgId,
    string ServiceUserId,
    string KeyId,
    RSA Key,
    TimeSpan AccessTokenLifetime,
    int SeedCount,
    int InstanceSeedCount,
    TimeProvider TimeProvider)
{
    public static ZitadelSettings From(EmulatorOptions options) => new(
        options.ZitadelToken,
        options.ZitadelOrgId,
        options.ZitadelServiceUserId,
        options.ZitadelKeyId,
        RSA.Create(2048),
        options.ZitadelAccessTokenLifetime,
        options.ZitadelSeedCount,
        options.ZitadelInstanceSeedCount,
        options.TimeProvider);

    /// <summary>The key file Zitadel would hand out for the service user.</summary>
    public string KeyFileJson() =>
        new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "serviceaccount",
            ["keyId"] = KeyId,
            ["key"] = Key.ExportRSAPrivateKeyPem(),
            ["userId"] = ServiceUserId,
        }.ToJsonString();
}
