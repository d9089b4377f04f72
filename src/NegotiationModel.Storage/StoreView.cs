using System.Globalization;
using NodaTime;

namespace NegotiationModel.Storage;

/// <summary>
/// Which state of a stored record to read: by the store's recorded time (a version, or as the store stood at an instant)
/// and by knowledge time (as known at an instant, the library's <c>AsKnownAt</c>). The default is the current version, everything known.
/// </summary>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public readonly record struct StoreView
{
    /// <summary>Gets the view of the current version with everything known.</summary>
    public static StoreView Current => default;

    /// <summary>Gets the version to read, or <see langword="null"/> for the one <see cref="AsRecordedAt"/> selects (the current one when that is null too).</summary>
    public long? Version { get; init; }

    /// <summary>Gets the instant of the store's clock to read the record as it stood at, or <see langword="null"/>.</summary>
    public Instant? AsRecordedAt { get; init; }

    /// <summary>Gets the knowledge time to filter the record by (<c>AsKnownAt</c>), or <see langword="null"/> for everything.</summary>
    public Instant? AsKnownAt { get; init; }

    /// <summary>Returns the view of one version.</summary>
    /// <param name="version">The version, from 1.</param>
    /// <returns>The view.</returns>
    public static StoreView AtVersion(long version) => new() { Version = version };

    /// <summary>Returns the view of the record as the store stood at an instant.</summary>
    /// <param name="instant">The instant of the store's clock.</param>
    /// <returns>The view.</returns>
    public static StoreView RecordedAt(Instant instant) => new() { AsRecordedAt = instant };

    /// <summary>Returns this view filtered to what was known at an instant.</summary>
    /// <param name="instant">The knowledge time.</param>
    /// <returns>The view.</returns>
    public StoreView KnownAt(Instant instant) => this with { AsKnownAt = instant };

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"version {Version?.ToString(CultureInfo.InvariantCulture) ?? "current"}, recorded at {AsRecordedAt?.ToString() ?? "now"}, known at {AsKnownAt?.ToString() ?? "any time"}");
}
