using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of a record in this version of the format, generated from the model's
/// JSON contract. The repository commits it as <c>docs/schema/negotiation-record-MAJOR.MINOR.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>The schema checks the shape of a record: member types, required members, enum names, the
/// discriminated provisions, and the text forms of identifiers, times, durations, language tags, time zones
/// and money. It allows members it does not name, as the library keeps them (see <see cref="UnknownMembers"/>).
/// It does not check what validation checks across entities, such as references that resolve.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class NegotiationJsonSchema
{
    /// <summary>The JSON Schema dialect the schema uses.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    // Text forms the schema describes with patterns.
    private const string InstantPattern = @"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?Z$";
    private const string DurationPattern = @"^-?[0-9]+:[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?$";
    private const string LanguageTagPattern = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";
    private const string CurrencyPattern = "^[A-Z]{3}$";
    private const string DecimalPattern = @"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$";
    private const string TimeZonePattern = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$";

    private static readonly Lazy<string> Text = new(Build);

    /// <summary>Gets the schema's <c>$id</c>, which names the format's version, such as <c>https://negotiation-model.org/schema/1.0/record.json</c>.</summary>
    public static string Id { get; } = string.Create(CultureInfo.InvariantCulture, $"https://negotiation-model.org/schema/{SchemaVersion.Current}/record.json");

    /// <summary>Returns the schema as canonical JSON text (two-space indents, <c>\n</c> line ends, no final line end).</summary>
    /// <returns>The schema; the same text on every call.</returns>
    public static string Generate() => Text.Value;

    private static string Build()
    {
        var generator = new Generator(JsonFormat.Lenient);
        var root = generator.Export(typeof(NegotiationRecord));
        var schema = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = Id,
            ["title"] = "NegotiationModel record " + SchemaVersion.Current,
            ["description"] = "One negotiation process: actors, sources, events, statements, proposals, guarantees, territories, positions and assessments, with provenance on every fact. Members not named here are allowed: readers keep them. See docs/json-format.md.",
        };
        foreach (var (name, value) in root.AsObject().ToList())
        {
            root.AsObject().Remove(name);
            schema[name] = value;
        }

        schema["$defs"] = generator.Definitions();
        return schema.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    /// <summary>Exports one schema per type and gathers the types they refer to as <c>$defs</c>.</summary>
    private sealed class Generator(JsonSerializerOptions options)
    {
        private readonly SortedDictionary<string, JsonNode> definitions = new(StringComparer.Ordinal);
        private readonly Queue<Type> pending = new();
        private readonly HashSet<Type> seen = [];

        public JsonNode Export(Type type)
            => options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions
            {
                TreatNullObliviousAsNonNullable = true,
                TransformSchemaNode = Transform,
            });

        public JsonObject Definitions()
        {
            definitions["Identifier"] = new JsonObject
            {
                ["description"] = "An identifier, unique among the record's entities of its kind.",
                ["type"] = "string",
                ["pattern"] = EntityId.Pattern,
            };
            while (pending.TryDequeue(out var type))
            {
                definitions[DefinitionName(type)] = Export(type);
            }

            var result = new JsonObject();
            foreach (var (name, node) in definitions)
            {
                result[name] = node;
            }

            return result;
        }

        private JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
        {
            var type = context.TypeInfo.Type;
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            var nullable = underlying != type || AllowsNull(node);
            var isRoot = context.Path.IsEmpty;

            JsonNode? replacement = null;
            if (isRoot && underlying.IsEnum)
            {
                replacement = EnumSchema(context.TypeInfo);
            }
            else if (isRoot && underlying == typeof(EntityReference))
            {
                replacement = EntityReferenceSchema();
            }
            else if (isRoot && underlying == typeof(GeoCoordinates))
            {
                replacement = GeoCoordinatesSchema();
            }
            else if (!isRoot || !IsDefinition(underlying))
            {
                replacement = SchemaOf(underlying);
            }

            if (replacement is not null)
            {
                node = nullable ? new JsonObject { ["anyOf"] = new JsonArray(replacement, new JsonObject { ["type"] = "null" }) } : replacement;
            }

            if (context.PropertyInfo is { } property)
            {
                AddMemberPattern(property, node);
            }

            return node;
        }

        // Returns the schema of a type written by a converter or kept in $defs, or null to keep the exporter's.
        private JsonObject? SchemaOf(Type type)
        {
            if (IsDefinition(type))
            {
                if (seen.Add(type))
                {
                    pending.Enqueue(type);
                }

                return new JsonObject { ["$ref"] = "#/$defs/" + DefinitionName(type) };
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                var element = type.GetGenericArguments()[0];
                return new JsonObject { ["type"] = "array", ["items"] = SchemaOf(element) ?? Primitive(element) };
            }

            if (options.TryGetTypeInfo(type, out var typeInfo) && typeInfo.Converter.GetType() is { IsGenericType: true } converter
                && converter.GetGenericTypeDefinition() == typeof(EntityIdJsonConverter<>))
            {
                return new JsonObject { ["$ref"] = "#/$defs/Identifier" };
            }

            return type switch
            {
                _ when type == typeof(When) => new JsonObject
                {
                    ["description"] = "When something happened, as precisely as it is known, in the When text form (see docs/time.md): such as 2025-12-28, 2025-12-28[Europe/Moscow]! (inferred) or before(event:miami-meeting).",
                    ["type"] = "string",
                    ["pattern"] = "\\S",
                },
                _ when type == typeof(Instant) => new JsonObject
                {
                    ["description"] = "An instant in UTC, ISO 8601 with up to nine fractional digits, such as 2025-12-29T10:31:00Z.",
                    ["type"] = "string",
                    ["format"] = "date-time",
                    ["pattern"] = InstantPattern,
                },
                _ when type == typeof(Duration) => new JsonObject
                {
                    ["description"] = "A duration as hours:minutes:seconds, with hours unbounded and up to nine fractional digits, such as 1:15:00 or 48:00:00.",
                    ["type"] = "string",
                    ["pattern"] = DurationPattern,
                },
                _ when type == typeof(SchemaVersion) => new JsonObject
                {
                    ["description"] = "The version of the format the record follows, MAJOR.MINOR; this schema describes major version " + SchemaVersion.Current.Major + ".",
                    ["type"] = "string",
                    ["pattern"] = string.Create(CultureInfo.InvariantCulture, $"^{SchemaVersion.Current.Major}\\.(0|[1-9][0-9]*)$"),
                },
                _ => null,
            };
        }

        private static JsonObject Primitive(Type type) => type == typeof(string)
            ? new JsonObject { ["type"] = "string" }
            : throw new NotSupportedException($"No schema for list elements of type {type}.");

        private static JsonObject EnumSchema(JsonTypeInfo typeInfo)
        {
            var names = ((IEnumNames)typeInfo.Converter).Names;
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. names.Select(n => (JsonNode)n)]) };
        }

        private JsonObject EntityReferenceSchema() => new()
        {
            ["description"] = "A reference to an entity of the record by its kind and identifier.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["kind"] = SchemaOf(typeof(EntityKind)),
                ["id"] = SchemaOf(typeof(ActorId)),
            },
            ["required"] = new JsonArray("kind", "id"),
        };

        private static JsonObject GeoCoordinatesSchema() => new()
        {
            ["description"] = "A point on the Earth in WGS 84 degrees.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["latitude"] = new JsonObject { ["type"] = "number", ["minimum"] = -90, ["maximum"] = 90 },
                ["longitude"] = new JsonObject { ["type"] = "number", ["minimum"] = -180, ["maximum"] = 180 },
            },
            ["required"] = new JsonArray("latitude", "longitude"),
        };

        private static void AddMemberPattern(JsonPropertyInfo property, JsonNode node)
        {
            var declaring = property.DeclaringType;
            var pattern = property.Name switch
            {
                "language" when declaring == typeof(LocalizedText) || declaring == typeof(LocalizedName) || declaring == typeof(Source) => LanguageTagPattern,
                "currency" when declaring == typeof(Money) => CurrencyPattern,
                "timeZone" when declaring == typeof(Place) => TimeZonePattern,
                _ => null,
            };
            if (pattern is not null && node is JsonObject schema)
            {
                schema["pattern"] = pattern;
            }

            if (property.Name == "amount" && declaring == typeof(Money) && node is JsonObject amount)
            {
                // Written as a string so that no reader rounds it through a binary floating-point number; read from a number too.
                amount.Clear();
                amount["description"] = "An exact decimal amount, written as a string such as \"2500000000.00\"; a JSON number is accepted too.";
                amount["type"] = new JsonArray("string", "number");
                amount["pattern"] = DecimalPattern;
            }
        }

        private static bool AllowsNull(JsonNode node)
            => node is JsonObject schema && schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");

        private bool IsDefinition(Type type)
        {
            if (type.IsEnum || type == typeof(EntityReference) || type == typeof(GeoCoordinates))
            {
                return true;
            }

            if (type == typeof(string) || type.IsPrimitive || !options.TryGetTypeInfo(type, out var typeInfo))
            {
                return false;
            }

            // Kinds of a polymorphic base stay inline in the base's definition, where they carry their discriminator.
            return typeInfo.Kind == JsonTypeInfoKind.Object
                && !(type.BaseType is { } baseType && baseType.IsDefined(typeof(JsonPolymorphicAttribute), inherit: false));
        }

        private static string DefinitionName(Type type) => type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(DefinitionName))
            : type.Name;
    }
}
