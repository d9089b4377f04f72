using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NegotiationModel.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of a record in this version of the format, generated from the model's
/// JSON contract, and those of the earlier minor versions, derived from the same generation by leaving out what a
/// later version added (the model marks each addition with its version). The repository commits each as
/// <c>docs/schema/negotiation-record-MAJOR.MINOR.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>The schema accepts exactly the documents the reader accepts, but for three things no schema can see
/// (docs/json-format.md): When text, which it describes and the reader parses; the spelling of an amount given
/// as a JSON number; a likelihood's minimum above its maximum. It checks member types, required members and
/// nulls, enum names, the provisions (dispatched on their kind), numeric ranges (from <c>NumberRanges</c>),
/// non-empty required lists, non-blank required texts and the text forms of identifiers, instants, durations,
/// amounts and schema versions. It allows members it does not name, as the library keeps them (see
/// <see cref="UnknownMembers"/>). It does not check what validation checks, such as references that resolve.
/// It loads in ajv's strict mode and means the same in .NET, Python and ECMA-262 regular expressions.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static partial class NegotiationJsonSchema
{
    /// <summary>The JSON Schema dialect the schema uses.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    // Text forms the schema describes with patterns (ECMA-262, as JSON Schema requires). An instant names a real
    // day of NodaTime's years -9998 to 9999 (leap days only in leap years), and 24:00:00, which NodaTime reads as the
    // next midnight, except on the last day it can hold.
    private const string LeapYear = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)";
    private const string InstantPattern = "^(?!9999-12-31T24)((-(?!9999))?[0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|"
        + "-?" + LeapYear + @"-02-29)T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?|24:00:00(\.0{1,9})?)Z$";
    // A duration's hours go up to NodaTime's limit, 2^24 days less a nanosecond: 402653183:59:59.999999999.
    private const string DurationHours = "0*([0-9]{1,8}|[1-3][0-9]{8}|40[01][0-9]{6}|402[0-5][0-9]{5}|40265[0-2][0-9]{3}|4026530[0-9]{2}|4026531[0-7][0-9]|40265318[0-3])";
    private const string DurationPattern = "^-?" + DurationHours + @":[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?$";
    private const string NonNegativeDurationPattern = @"^(-(?=0+:00:00(\.0{1,9})?$))?" + DurationHours + @":[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?$";
    private const string NotBlankPattern = "\\S";

    private static readonly Lazy<string>[] Texts = [.. Enumerable.Range(0, SchemaVersion.Current.Minor + 1)
        .Select(minor => new Lazy<string>(() => Build(typeof(NegotiationRecord), JsonFormat.Lenient, new SchemaVersion(SchemaVersion.Current.Major, minor))))];

    /// <summary>Gets the schema's <c>$id</c>, which names the format's version, such as <c>https://negotiation-model.org/schema/1.1/record.json</c>.</summary>
    public static string Id { get; } = IdOf(SchemaVersion.Current);

    /// <summary>Gets the versions whose schema <see cref="Generate(SchemaVersion)"/> gives: every minor version of the current major, oldest first.</summary>
    public static IReadOnlyList<SchemaVersion> Versions { get; } = [.. Enumerable.Range(0, SchemaVersion.Current.Minor + 1).Select(minor => new SchemaVersion(SchemaVersion.Current.Major, minor))];

    /// <summary>Returns the schema of <see cref="SchemaVersion.Current"/> as canonical JSON text (two-space indents, <c>\n</c> line ends, no final line end).</summary>
    /// <returns>The schema; the same text on every call.</returns>
    public static string Generate() => Generate(SchemaVersion.Current);

    /// <summary>
    /// Returns the schema of one version of the format as canonical JSON text: that of the current version without
    /// the members, enum values and provision kinds added after <paramref name="version"/>, under that version's <c>$id</c>.
    /// </summary>
    /// <param name="version">One of <see cref="Versions"/>.</param>
    /// <returns>The schema; the same text on every call.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not one of <see cref="Versions"/>.</exception>
    public static string Generate(SchemaVersion version)
    {
        Guard.Against.OutOfRange(
            version,
            version.Major != SchemaVersion.Current.Major || version > SchemaVersion.Current,
            nameof(version),
            $"This library knows the schemas of versions {Versions[0]} to {SchemaVersion.Current}, not {version}.");
        return Texts[version.Minor].Value;
    }

    private static string IdOf(SchemaVersion version) => string.Create(CultureInfo.InvariantCulture, $"https://negotiation-model.org/schema/{version}/record.json");

    /// <summary>Generates the schema of <paramref name="root"/> in <paramref name="version"/> of a contract: the seam the tests of leaving additions out use.</summary>
    internal static string Build(Type root, JsonSerializerOptions options, SchemaVersion version)
    {
        var generator = new Generator(options, version);
        var rootSchema = generator.Refine(root, generator.Export(root).AsObject());
        var schema = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = IdOf(version),
            ["title"] = "NegotiationModel record " + version,
            ["description"] = "One negotiation process: actors, sources, events, statements, proposals, guarantees, territories, positions and assessments, with provenance on every fact. Members not named here are allowed: readers keep them. See docs/json-format.md.",
        };
        foreach (var (name, value) in rootSchema.ToList())
        {
            rootSchema.Remove(name);
            schema[name] = value;
        }

        schema["$defs"] = generator.Definitions();
        SchemaPasses.LeaveOutUnreachableDefinitions(schema);
        SchemaPasses.ForEveryValidator(schema);
        return schema.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }
}
