using System.Reflection;
using NegotiationModel.Kinds;

namespace NegotiationModel.Time;

/// <summary>
/// The version of the JSON format whose time grammar first wrote a time value: 1.0 for every form of the first
/// grammar; a form added later (docs/time.md) says so here, and so does an anchor of an entity kind added later.
/// Validation reports a time value newer than the <c>schemaVersion</c> its record declares.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class WhenFormatVersions
{
    private static readonly SchemaVersion First = new(1, 0);

    private static readonly Dictionary<EntityKind, SchemaVersion> AnchorKinds = typeof(EntityKind)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(f => (EntityKind)f.GetValue(null)!, FormatAdditions.VersionOf);

    /// <summary>Returns the earliest version of the format that can write <paramref name="when"/>.</summary>
    public static SchemaVersion Of(When when) => when switch
    {
        RelativeWhen relative => AnchorKinds.GetValueOrDefault(relative.Anchor.Kind, First),
        RangeWhen range => Later(range.Start is { } start ? Of(start) : First, range.End is { } end ? Of(end) : First),
        _ => First,
    };

    private static SchemaVersion Later(SchemaVersion a, SchemaVersion b) => a >= b ? a : b;
}
