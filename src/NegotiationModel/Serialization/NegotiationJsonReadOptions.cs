using System.Globalization;

namespace NegotiationModel.Serialization;

/// <summary>
/// How <see cref="NegotiationJson"/> and <see cref="NegotiationJsonLines"/> read untrusted input: the
/// largest input they accept, how deeply it may nest, and whether members the library does not know are kept
/// (the default) or rejected (strict reading).
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record NegotiationJsonReadOptions
{
    /// <summary>The default of <see cref="MaxInputBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxDepth"/>: 64 nested objects and arrays.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The largest value <see cref="MaxDepth"/> accepts: 1000.</summary>
    public const int MaxAllowedDepth = 1000;

    /// <summary>Gets the default options: 64 MiB, depth 64, unknown members kept.</summary>
    public static NegotiationJsonReadOptions Default { get; } = new();

    /// <summary>Gets the strict options: as <see cref="Default"/>, but unknown members are rejected.</summary>
    public static NegotiationJsonReadOptions Strict { get; } = new() { RejectUnknownMembers = true };

    /// <summary>
    /// Gets the largest input accepted, in bytes of UTF-8 (for JSON Lines: the largest line);
    /// <see cref="DefaultMaxInputBytes"/> (64 MiB) unless set. Larger input is refused before it is parsed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1 or more than <see cref="Array.MaxLength"/>.</exception>
    public long MaxInputBytes
    {
        get;
        init
        {
            Guard.Against.OutOfRange(value, nameof(MaxInputBytes), 1, Array.MaxLength, "MaxInputBytes is 1 to Array.MaxLength.");
            field = value;
        }
    } = DefaultMaxInputBytes;

    /// <summary>
    /// Gets how deeply objects and arrays may nest, the root counting as depth 1;
    /// <see cref="DefaultMaxDepth"/> (64) unless set. A record of this format nests about 10 deep.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1 or more than <see cref="MaxAllowedDepth"/>.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            Guard.Against.OutOfRange(value, nameof(MaxDepth), 1, MaxAllowedDepth, "MaxDepth is 1 to MaxAllowedDepth.");
            field = value;
        }
    } = DefaultMaxDepth;

    /// <summary>
    /// Gets a value indicating whether a member the library does not know fails the read (strict reading)
    /// instead of being kept in the object's <see cref="UnknownMembers"/>; <see langword="false"/> unless set.
    /// </summary>
    public bool RejectUnknownMembers { get; init; }

    /// <summary>Returns the options, such as <c>MaxInputBytes=67108864, MaxDepth=64, RejectUnknownMembers=False</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"MaxInputBytes={MaxInputBytes}, MaxDepth={MaxDepth}, RejectUnknownMembers={RejectUnknownMembers}");
}
