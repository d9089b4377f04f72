using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Assessments;
using NodaTime;

namespace NegotiationModel.Serialization;

/// <content>The generation itself: each type's schema from the contract's metadata, and what the exporter cannot see.</content>
public static partial class NegotiationJsonSchema
{
    /// <summary>Exports one schema per type and gathers the types they refer to as <c>$defs</c>.</summary>
    private sealed class Generator(JsonSerializerOptions options, SchemaVersion version)
    {
        private readonly SortedDictionary<string, JsonNode> definitions = new(StringComparer.Ordinal);
        private readonly Queue<Type> pending = new();
        private readonly HashSet<Type> seen = [];
        private readonly Dictionary<string, Type> definitionTypes = new(StringComparer.Ordinal);
        private static readonly string[] TypeKeywords = ["$ref", "type", "anyOf", "const", "enum"];

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
            // Refining a definition can name types not seen yet (the exporter drops some members' types).
            var refined = new HashSet<string>(StringComparer.Ordinal);
            while (pending.Count > 0)
            {
                while (pending.TryDequeue(out var type))
                {
                    definitions[DefinitionName(type)] = Export(type);
                    definitionTypes[DefinitionName(type)] = type;
                }

                foreach (var (name, type) in definitionTypes.ToList())
                {
                    if (refined.Add(name) && definitions[name] is JsonObject definition && options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object)
                    {
                        definitions[name] = Refine(type, definition);
                    }
                }
            }

            var result = new JsonObject();
            foreach (var (name, node) in definitions)
            {
                result[name] = node;
            }

            return result;
        }

        /// <summary>
        /// Completes an object's exported schema from the contract: each member's type (the exporter drops it where
        /// a member has a default), null where the reader takes it, the bounds of <see cref="NumberRanges"/>, non-empty
        /// required lists and non-blank required strings; a polymorphic type dispatches on its discriminator.
        /// </summary>
        public JsonObject Refine(Type type, JsonObject exported)
        {
            var info = options.GetTypeInfo(type);
            if (info.PolymorphismOptions is { } polymorphism)
            {
                return DispatchOnKind(polymorphism, exported);
            }

            RefineMembers(info, exported);
            if (type == typeof(Likelihood))
            {
                // At least one member is set: the reader refuses a likelihood that says nothing.
                exported["anyOf"] = new JsonArray([.. info.Properties.Where(p => !p.IsExtensionData && p.Get is not null && IsIn(p)).Select(p => (JsonNode)new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { [p.Name] = new JsonObject { ["not"] = new JsonObject { ["type"] = "null" } } },
                    ["required"] = new JsonArray(p.Name),
                })]);
            }

            return exported;
        }

        // Each kind's shape is a definition of its own, chosen by if/then on the discriminator: a wrong member of a
        // provision is one error, under that kind's definition, not one per kind as with anyOf.
        private JsonObject DispatchOnKind(JsonPolymorphismOptions polymorphism, JsonObject exported)
        {
            var discriminator = polymorphism.TypeDiscriminatorPropertyName;
            var branches = exported["anyOf"]!.AsArray().OfType<JsonObject>().ToList();
            var kinds = new JsonArray();
            var rules = new JsonArray();
            foreach (var derived in polymorphism.DerivedTypes.Where(d => FormatAdditions.IsIn(d.DerivedType, version)))
            {
                var kind = (string)derived.TypeDiscriminator!;
                var branch = branches.Single(b => b["properties"]?[discriminator]?["const"]?.GetValue<string>() == kind);
                var shape = new JsonObject
                {
                    ["description"] = $"The members of a {JsonNamingPolicy.KebabCaseLower.ConvertName(polymorphism.DerivedTypes.First().DerivedType.BaseType!.Name).Replace('-', ' ')} whose \"{discriminator}\" is \"{kind}\".",
                    ["type"] = "object",
                    ["properties"] = branch["properties"]!.DeepClone(),
                };
                if (branch["required"] is { } required)
                {
                    shape["required"] = required.DeepClone();
                }

                RefineMembers(options.GetTypeInfo(derived.DerivedType), shape);
                definitions[DefinitionName(derived.DerivedType)] = shape;
                kinds.Add((JsonNode)kind);
                rules.Add((JsonNode)new JsonObject
                {
                    ["if"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject { [discriminator] = new JsonObject { ["const"] = kind } },
                        ["required"] = new JsonArray(discriminator),
                    },
                    ["then"] = new JsonObject { ["$ref"] = "#/$defs/" + DefinitionName(derived.DerivedType) },
                });
            }

            return new JsonObject
            {
                ["description"] = $"One of several kinds, named by \"{discriminator}\" (anywhere in the object); each kind's members are in the definition its rule names.",
                ["type"] = "object",
                ["properties"] = new JsonObject { [discriminator] = new JsonObject { ["type"] = "string", ["enum"] = kinds } },
                ["required"] = new JsonArray(discriminator),
                ["allOf"] = rules,
            };
        }

        private void RefineMembers(JsonTypeInfo info, JsonObject shape)
        {
            if (shape["properties"] is not JsonObject properties)
            {
                return;
            }

            var required = shape["required"] is JsonArray names ? names.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : [];
            foreach (var later in info.Properties.Where(p => !p.IsExtensionData && !IsIn(p)))
            {
                // Additions are optional members, never required ones.
                properties.Remove(later.Name);
            }

            foreach (var property in info.Properties.Where(p => !p.IsExtensionData && IsIn(p)))
            {
                // The exporter writes true (anything) for a member with a converter it does not know.
                if (properties[property.Name] is { } member)
                {
                    properties[property.Name] = RefineMember(property, member as JsonObject is { } schema ? schema.DeepClone().AsObject() : [], required.Contains(property.Name));
                }
            }
        }

        private JsonObject RefineMember(JsonPropertyInfo property, JsonObject member, bool required)
        {
            var type = property.PropertyType;
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            var isList = underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(ValueList<>);
            var value = WithoutNull(member);
            if ((property.DeclaringType == typeof(Money) || property.DeclaringType == typeof(Quantity)) && property.Name == "amount")
            {
                value = AmountSchema();
            }
            else if (property.DeclaringType == typeof(Quantity) && property.Name == "unit")
            {
                value = new JsonObject
                {
                    ["description"] = "A UCUM code such as \"km\" or \"mm\", or a count of people or things as a UCUM annotation such as \"{troop}\".",
                    ["type"] = "string",
                    ["pattern"] = Quantity.UnitPattern,
                };
            }
            else if (!TypeKeywords.Any(value.ContainsKey))
            {
                value = SchemaOf(underlying) ?? (underlying == typeof(int) ? new JsonObject { ["type"] = "integer" } : value);
                value.Remove("default");
            }

            if (isList && required)
            {
                value["minItems"] = 1;
            }

            if (underlying == typeof(string) && required && !value.ContainsKey("pattern"))
            {
                value["pattern"] = NotBlankPattern;
            }

            if (NumberRanges.Find(property.DeclaringType, property.Name) is { } range)
            {
                Bound(value, range, underlying);
            }
            else if (underlying == typeof(int))
            {
                value["minimum"] = int.MinValue;
                value["maximum"] = int.MaxValue;
            }

            // The reader takes null for a list that may be empty (the empty list) and for a member whose type allows it (not known).
            return (isList && !required) || underlying != type || property.IsSetNullable ? WithNull(value) : value;
        }

        private static void Bound(JsonObject value, NumberRange range, Type type)
        {
            if (type == typeof(Duration))
            {
                value["pattern"] = range.Minimum == 0 && double.IsPositiveInfinity(range.Maximum)
                    ? NonNegativeDurationPattern
                    : throw new NotSupportedException("The schema states only non-negative durations.");
                return;
            }

            value["minimum"] = type == typeof(int) ? JsonValue.Create((int)range.Minimum) : JsonValue.Create(range.Minimum);
            if (!double.IsPositiveInfinity(range.Maximum))
            {
                value["maximum"] = type == typeof(int) ? JsonValue.Create((int)range.Maximum) : JsonValue.Create(range.Maximum);
            }
        }

        private static JsonObject WithoutNull(JsonObject member)
        {
            if (member["anyOf"] is JsonArray { Count: 2 } choices && choices[1] is JsonObject { Count: 1 } last && last["type"]?.GetValue<string>() == "null")
            {
                return choices[0]!.DeepClone().AsObject();
            }

            if (member["type"] is JsonArray types && types.Any(t => t!.GetValue<string>() == "null"))
            {
                var rest = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
                member["type"] = rest.Count == 1 ? rest[0] : new JsonArray([.. rest.Select(t => (JsonNode)t)]);
            }

            return member;
        }

        private static JsonObject WithNull(JsonObject value)
        {
            if (value["type"] is JsonValue type && !value.ContainsKey("$ref"))
            {
                value["type"] = new JsonArray(type.GetValue<string>(), "null");
                return value;
            }

            return new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) };
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
                    ["pattern"] = string.Create(CultureInfo.InvariantCulture, $"^{SchemaVersion.Current.Major}\\.{SchemaVersionJsonConverter.NumberPattern}$"),
                },
                _ => null,
            };
        }

        private static JsonObject Primitive(Type type) => type == typeof(string)
            ? new JsonObject { ["type"] = "string" }
            : throw new NotSupportedException($"No schema for list elements of type {type}.");

        private bool IsIn(JsonPropertyInfo property) => FormatAdditions.IsIn(property.AttributeProvider, version);

        [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = FormatAdditions.Justification)]
        private JsonObject EnumSchema(JsonTypeInfo typeInfo)
        {
            var later = (Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => !FormatAdditions.IsIn(f, version))
                .Select(EnumFieldNames.Of)
                .ToHashSet(StringComparer.Ordinal);
            var names = ((IEnumNames)typeInfo.Converter).Names.Where(n => !later.Contains(n));
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
                ["latitude"] = new JsonObject { ["type"] = "number", ["minimum"] = NumberRanges.Latitude.Minimum, ["maximum"] = NumberRanges.Latitude.Maximum },
                ["longitude"] = new JsonObject { ["type"] = "number", ["minimum"] = NumberRanges.Longitude.Minimum, ["maximum"] = NumberRanges.Longitude.Maximum },
            },
            ["required"] = new JsonArray("latitude", "longitude"),
        };

        // Written as a string so that no reader rounds it through a binary floating-point number; read from a number
        // too. anyOf, not a union "type", which ajv's strict mode refuses.
        private static JsonObject AmountSchema() => new()
        {
            ["description"] = "An exact decimal amount: a string such as \"2500000000.00\" (no exponent, no leading zeros, no minus on zero, at most 28 digits and 28 decimal places). A JSON number is accepted too; the reader requires it to be spelled the same way, which a schema cannot see.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["pattern"] = Money.AmountPattern },
                new JsonObject { ["type"] = "number" }),
        };

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
