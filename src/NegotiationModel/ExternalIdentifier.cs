using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NegotiationModel.Utility;

namespace NegotiationModel;

/// <summary>
/// An identifier of an entity in another system, with the scheme that gives it meaning: a Wikidata
/// item, an ISO 3166 code, a UCDP or PA-X identifier (Popolo <c>identifiers</c>).
/// </summary>
/// <remarks>
/// <para>Equality: ordinal on <see cref="Scheme"/> and <see cref="Value"/>.</para>
/// <para>This type is immutable and thread-safe. Well-known schemes are in <see cref="IdentifierSchemes"/>.</para>
/// </remarks>
public sealed record ExternalIdentifier
{
    /// <summary>Initializes a new identifier.</summary>
    /// <param name="scheme">The scheme, such as <see cref="IdentifierSchemes.Wikidata"/>; not blank.</param>
    /// <param name="value">The identifier within the scheme, such as <c>Q22686</c>; not blank.</param>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public ExternalIdentifier(string scheme, string value)
    {
        Scheme = scheme;
        Value = value;
    }

    /// <summary>Gets the scheme that gives the identifier meaning.</summary>
    public string Scheme { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Scheme)); }

    /// <summary>Gets the identifier within its scheme.</summary>
    public string Value { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Value)); }

    /// <summary>
    /// Gets the members of this object's JSON that this library does not know, such as those of a newer
    /// version of the format, kept so that they are written back; <see langword="null"/> when there are none.
    /// </summary>
    [JsonIgnore]
    public UnknownMembers? UnknownMembers { get; internal set; }

    // The reader fills UnknownMembers through this dictionary: [JsonExtensionData] needs a mutable one, and
    // keeping it internal keeps UnknownMembers immutable to everyone else.
    [JsonExtensionData]
    [JsonInclude]
    internal UnknownMemberSink? UnknownMemberSink { get => UnknownMembers?.Sink; set => UnknownMembers = value?.Members; }

    /// <summary>Returns <c>scheme:value</c>, such as <c>wikidata:Q22686</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Scheme}:{Value}";
}
