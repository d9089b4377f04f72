using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NegotiationModel.Serialization;

/// <summary>
/// Checks the discriminator of a polymorphic object before System.Text.Json reads it, so that a missing,
/// mistyped or unknown <c>"kind"</c> gives a message listing the known kinds and the path of the member,
/// not an exception that names .NET types (or, for a missing discriminator, a <see cref="NotSupportedException"/>).
/// </summary>
internal static class PolymorphicKind
{
    /// <summary>Checks the object that starts at the reader's current token, reading a copy of the reader.</summary>
    /// <param name="reader">A copy of the reader, on the object's first token.</param>
    /// <param name="typeInfo">The contract of the polymorphic base type.</param>
    /// <exception cref="LocatedJsonException">The discriminator is missing, not a string or unknown.</exception>
    public static void Check(Utf8JsonReader reader, JsonTypeInfo typeInfo)
    {
        if (typeInfo.PolymorphismOptions is not { } polymorphism || reader.TokenType != JsonTokenType.StartObject)
        {
            // Not an object: the serializer reports the wrong type itself.
            return;
        }

        var objectStart = reader.TokenStartIndex;
        var name = polymorphism.TypeDiscriminatorPropertyName;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDiscriminator = reader.ValueTextEquals(name);
            if (!reader.Read())
            {
                return;
            }

            if (isDiscriminator)
            {
                var kind = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (kind is not null && polymorphism.DerivedTypes.Any(d => d.TypeDiscriminator as string == kind))
                {
                    return;
                }

                var what = kind is null ? $"The \"{name}\" member must be a string" : $"'{kind}' is not a known {Noun(typeInfo)} kind";
                throw new LocatedJsonException($"{what}: use one of {KnownKinds(polymorphism)}.", reader.TokenStartIndex, null, null) { IsUnknownValue = kind is not null };
            }

            if (!reader.TrySkip())
            {
                return;
            }
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            throw new LocatedJsonException(
                $"A {Noun(typeInfo)} needs a \"{name}\" member naming its kind: one of {KnownKinds(polymorphism)}.", objectStart, null, null);
        }
    }

    private static string Noun(JsonTypeInfo typeInfo) => JsonNamingPolicy.KebabCaseLower.ConvertName(typeInfo.Type.Name).Replace('-', ' ');

    private static string KnownKinds(JsonPolymorphismOptions polymorphism)
        => string.Join(", ", polymorphism.DerivedTypes.Select(d => $"\"{d.TypeDiscriminator}\""));
}
