using System.Text.Json.Serialization;

namespace NegotiationModel;

/// <summary>
/// The base of every model type that is a JSON object: it keeps the members of that object's JSON this library
/// does not know, so that a record survives a round trip through an older library.
/// </summary>
/// <remarks>
/// <para>Only this library derives from this type (its constructor is private protected). The JSON contract writes
/// the unknown members after every member the library knows.</para>
/// <para>Equality: <see cref="UnknownMembers"/> takes part in the equality of each derived type, as its other
/// members do; objects of different types are never equal.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public abstract record ExtensibleObject
{
    private protected ExtensibleObject()
    {
    }

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

    /// <summary>Returns a short culture-invariant text naming the object; each derived type writes its own.</summary>
    /// <returns>A culture-invariant text.</returns>
    public abstract override string ToString();
}
