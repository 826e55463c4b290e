using System.Text;

namespace Pierre.Server.Security;

/// <summary>
/// What a ciphertext belongs to. It is bound as AES-GCM associated data, so a value copied to another tenant, user,
/// provider or purpose fails to decrypt.
/// </summary>
internal readonly record struct EncryptionContext(Guid TenantId, Guid? UserId, string Provider, string Purpose)
{
    public byte[] ToAssociatedData(byte keyVersion) =>
        Encoding.UTF8.GetBytes($"pierre|v{keyVersion}|{TenantId:N}|{UserId:N}|{Provider}|{Purpose}");
}
