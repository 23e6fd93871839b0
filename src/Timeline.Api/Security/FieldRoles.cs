using GraphQL;
using GraphQL.Types;
using Timeline.Core.Security;

namespace Timeline.Api.Security;

/// <summary>The role a mutation field needs, said where the field is declared:
/// <c>Field("retractSource", …).RequiresRole(ApiKeyRole.Editor)</c>. <see cref="RoleAuthorizationRule"/> reads it; a mutation
/// field that declares none is refused to everyone, so a new mutation is closed until its role is said.</summary>
internal static class FieldRoles
{
    private const string MetadataKey = "timeline:requiredRole";

    /// <summary>Only callers whose role grants <paramref name="role"/> (see <see cref="ApiKeyRole.Grants"/>) may run the field.</summary>
    /// <exception cref="ArgumentException">The role is not one of <see cref="ApiKeyRole.All"/> (fails when the schema is built).</exception>
    public static TField RequiresRole<TField>(this TField field, string role) where TField : IFieldMetadataWriter
    {
        if (!ApiKeyRole.IsKnown(role))
            throw new ArgumentException($"Unknown role '{role}'. Roles: {string.Join(", ", ApiKeyRole.All)}.", nameof(role));
        return field.WithMetadata(MetadataKey, role);
    }

    /// <summary>The role the field needs, or null when it declares none.</summary>
    public static string? RequiredRole(this IMetadataReader field) => field.GetMetadata<string?>(MetadataKey);
}
