using System.Globalization;

namespace NegotiationModel;

/// <summary>
/// The version of the JSON contract a record was written with, <c>MAJOR.MINOR</c>. A minor version
/// only adds (optional members, enum values, provision kinds, time forms), so every record of an earlier minor is
/// one of a later minor with the same meaning; a major version may change or remove things.
/// </summary>
/// <remarks>
/// <para>Equality and ordering: by <see cref="Major"/>, then <see cref="Minor"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct SchemaVersion : IComparable<SchemaVersion>
{
    /// <summary>Initializes a new version.</summary>
    /// <param name="major">The major version, at least 1.</param>
    /// <param name="minor">The minor version, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public SchemaVersion(int major, int minor)
    {
        Guard.Against.OutOfRange(major, nameof(major), 1, int.MaxValue, "The major version is at least 1.");
        Guard.Against.OutOfRange(minor, nameof(minor), 0, int.MaxValue, "The minor version is at least 0.");
        Major = major;
        Minor = minor;
    }

    /// <summary>Gets the version this library writes on the records it creates (a record read keeps the version it declares).</summary>
    public static SchemaVersion Current { get; } = new(1, 1);

    /// <summary>Gets the major version.</summary>
    public int Major { get; }

    /// <summary>Gets the minor version.</summary>
    public int Minor { get; }

    /// <summary>Parses a version written as <c>MAJOR.MINOR</c>, such as <c>1.0</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="version">The version, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid version.</returns>
    public static bool TryParse(string? text, out SchemaVersion version)
    {
        version = default;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0
            || !int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || major < 1)
        {
            return false;
        }

        version = new SchemaVersion(major, minor);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(SchemaVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>Returns the version as <c>MAJOR.MINOR</c>.</summary>
    /// <returns>A culture-invariant text such as <c>1.0</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is older.</returns>
    public static bool operator <(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) < 0;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is older or equal.</returns>
    public static bool operator <=(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is newer.</returns>
    public static bool operator >(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) > 0;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is newer or equal.</returns>
    public static bool operator >=(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) >= 0;
}
