using System.Security.Cryptography;
using System.Text;
using NegotiationModel.Identifiers;

namespace NegotiationModel.Interop;

/// <summary>
/// Turns another format's identifiers into this format's: an identifier that fits <see cref="EntityId.Pattern"/> is kept;
/// any other gets a stable derived one (a readable slug and a hash of the original), the same on every import, so that
/// references to it resolve and a second import of the same file matches the first.
/// </summary>
internal static class DerivedIds
{
    private const int MaxSlugLength = 100;

    public static bool NeedsDerivation(string original) => !EntityId.IsValid(original);

    public static string For(string original)
    {
        if (EntityId.IsValid(original))
        {
            return original;
        }

        var slug = new StringBuilder();
        foreach (var character in original.Normalize(NormalizationForm.FormD))
        {
            if (slug.Length >= MaxSlugLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(character))
            {
                slug.Append(char.ToLowerInvariant(character));
            }
            else if (character is '.' or '/' or ':' or '-' or '_' or ' ' or '\'' or '\u2019' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(original)).AsSpan(0, 4));
        return slug.Length == 0 ? $"x-{hash}" : $"{slug.ToString().TrimEnd('-')}-{hash}";
    }

    /// <summary>A stable identifier for an item the format gives none, from the texts that make it what it is.</summary>
    public static string FromContent(string prefix, params ReadOnlySpan<string?> parts)
    {
        var joined = string.Join('\u001f', parts.ToArray());
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)).AsSpan(0, 6));
        return $"{prefix}-{hash}";
    }
}
