using System.Text.Json;

namespace NegotiationModel.Serialization;

/// <summary>
/// A <see cref="JsonException"/> that knows more precisely than System.Text.Json's position where the
/// problem is: the offset of the offending token, or the member of the object being read. Never public:
/// the read pipeline turns it into a <see cref="NegotiationJsonException"/>.
/// </summary>
internal sealed class LocatedJsonException : JsonException
{
    public LocatedJsonException()
    {
    }

    public LocatedJsonException(string message)
        : base(message)
    {
    }

    public LocatedJsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public LocatedJsonException(string message, long? offset, string? member, Exception? innerException)
        : base(message, innerException)
    {
        Offset = offset;
        Member = member;
    }

    /// <summary>Gets the absolute byte offset of the offending token in the document, when known.</summary>
    public long? Offset { get; }

    /// <summary>Gets the JSON name of the offending member of the object that was being read, when known.</summary>
    public string? Member { get; }

    /// <summary>Gets a value indicating whether the problem is a value the format does not know (an enum name, a kind), which a later minor version may have added.</summary>
    public bool IsUnknownValue { get; init; }

    /// <summary>
    /// Wraps the exception a model constructor or <c>init</c> accessor threw for a broken invariant. The
    /// guards name the C# property (<c>nameof(Names)</c>), which camel-cased is the JSON member.
    /// </summary>
    public static LocatedJsonException ForInvariant(ArgumentException exception)
    {
        var name = exception.ParamName;
        var member = !string.IsNullOrEmpty(name) && char.IsAsciiLetterUpper(name[0])
            ? JsonNamingPolicy.CamelCase.ConvertName(name)
            : null;
        return new LocatedJsonException(InvariantMessage.Of(exception), null, member, exception);
    }
}
