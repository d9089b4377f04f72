using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Assessments;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace NegotiationModel.Serialization;

/// <summary>
/// The serializer options of the format: the source-generated contract, the modifiers that make its output
/// canonical and its errors precise, and the NodaTime converters. One instance keeps unknown members, one
/// rejects them (strict reading); both write the same canonical form.
/// </summary>
internal static class JsonFormat
{
    /// <summary>
    /// The depth the serializer allows. Reading enforces <see cref="NegotiationJsonReadOptions.MaxDepth"/>
    /// before the serializer runs, so the serializer's own limit only has to be at least as large.
    /// </summary>
    public const int SerializerMaxDepth = NegotiationJsonReadOptions.MaxAllowedDepth;

    // Objects held by a member that is not a list (lists catch invariant failures in ValueListJsonConverter):
    // their converter turns a constructor's ArgumentException into a located JsonException. Explicit
    // instances, not MakeGenericType, so the contract stays reflection-free. A consistency test checks the list.
    private static readonly Dictionary<Type, JsonConverter> NestedObjectConverters = new()
    {
        [typeof(LocalizedText)] = new NestedObjectJsonConverter<LocalizedText>(),
        [typeof(Likelihood)] = new NestedObjectJsonConverter<Likelihood>(),
        [typeof(Money)] = new NestedObjectJsonConverter<Money>(),
        [typeof(Place)] = new NestedObjectJsonConverter<Place>(),
        [typeof(Quantity)] = new NestedObjectJsonConverter<Quantity>(),
        [typeof(Votes.VoteThreshold)] = new NestedObjectJsonConverter<Votes.VoteThreshold>(),
    };

    private static readonly MoneyAmountJsonConverter MoneyAmountConverter = new();

    /// <summary>Gets the options that keep unknown members in <see cref="UnknownMembers"/>.</summary>
    public static JsonSerializerOptions Lenient { get; } = Create(strict: false);

    /// <summary>Gets the options that reject unknown members.</summary>
    public static JsonSerializerOptions Strict { get; } = Create(strict: true);

    /// <summary>Gets the options of a writer that writes the canonical form as the format's serializer options do.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = Lenient.Encoder,
        Indented = Lenient.WriteIndented,
        IndentCharacter = Lenient.IndentCharacter,
        IndentSize = Lenient.IndentSize,
        NewLine = Lenient.NewLine,
        MaxDepth = Lenient.MaxDepth,

        // What the generated writer writes is well-formed by construction (RecordWriterContractTest holds it to the contract).
        SkipValidation = true,
    };

    /// <summary>
    /// Writes a value through its converter in the format's options: how the generated writer writes a leaf that no
    /// converter of this library writes (NodaTime's values), so that its format is that converter's alone.
    /// </summary>
    public static void WriteLeaf<T>(Utf8JsonWriter writer, T value) => LeafConverter<T>.Converter.Write(writer, value, Lenient);

    /// <summary>Gets the types that have a located-error converter when held by a member that is not a list.</summary>
    public static IReadOnlyCollection<Type> NestedObjectTypes => NestedObjectConverters.Keys;

    /// <summary>Gets the options for reading with <paramref name="options"/>.</summary>
    public static JsonSerializerOptions For(NegotiationJsonReadOptions options) => options.RejectUnknownMembers ? Strict : Lenient;

    /// <summary>
    /// Returns the format's contract for the model's types, as a resolver: the source-generated context with the
    /// modifiers that make its output canonical, its errors precise, and its unknown members kept or rejected.
    /// It needs <see cref="AddConverters"/> in the options it serves.
    /// </summary>
    public static IJsonTypeInfoResolver Resolver(bool strict) => new NegotiationJsonContext()
        .WithAddedModifier(HoldNamesAndNumbers)
        .WithAddedModifier(OmitEmptyMembers)
        .WithAddedModifier(LocateNestedObjectErrors)
        .WithAddedModifier(WriteDecimalsAsText)
        .WithAddedModifier(strict ? RejectUnknownMembers : KeepUnknownMembers);

    /// <summary>
    /// Adds the converters of the format to <paramref name="converters"/>: those of the model's own types (listed on
    /// <see cref="NegotiationJsonContext"/>, and one per identifier), integers as JSON Schema reads them, and NodaTime's ISO forms.
    /// </summary>
    public static void AddConverters(IList<JsonConverter> converters)
    {
        foreach (var converter in NegotiationJsonContext.Default.Options.Converters)
        {
            converters.Add(converter);
        }

        foreach (var converter in EntityIdJsonConverters.Create())
        {
            converters.Add(converter);
        }

        converters.Add(new IntegerJsonConverter());
        converters.Add(NodaConverters.InstantConverter);
        converters.Add(NodaConverters.LocalDateConverter);
        converters.Add(NodaConverters.LocalDateTimeConverter);
        converters.Add(NodaConverters.DurationConverter);
        converters.Add(NodaConverters.CreateDateTimeZoneConverter(DateTimeZoneProviders.Tzdb));
    }

    /// <summary>
    /// Returns the options for the JSON of another layer's types (a validation report, a comparison): the format's,
    /// with that layer's source-generated contract after the model's, and that layer's converters; built once per layer.
    /// </summary>
    /// <remarks>
    /// Only the member names and the converters of the layer's <c>[JsonSourceGenerationOptions]</c> count: every other
    /// setting is the format's, so a layer's context states no copy of them.
    /// </remarks>
    public static JsonSerializerOptions ForLayer<TLayer>(TLayer layer)
        where TLayer : JsonSerializerContext
        => LazyInitializer.EnsureInitialized(ref LayerOptions<TLayer>.Options, () => CreateForLayer(layer));

    private static JsonSerializerOptions CreateForLayer(JsonSerializerContext layer)
    {
        var options = new JsonSerializerOptions(Lenient)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(Resolver(strict: false), layer.WithAddedModifier(OmitEmptyMembers)),
        };
        foreach (var converter in layer.Options.Converters)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions Create(bool strict)
    {
        var options = new JsonSerializerOptions(NegotiationJsonContext.Default.Options)
        {
            // Non-ASCII text is written as itself, so Japanese and Russian names stay readable in diffs;
            // quotes, backslashes and control characters are still escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
            MaxDepth = SerializerMaxDepth,
            TypeInfoResolver = Resolver(strict),
        };

        // The context's options hold the model's converters already; the rest come after them.
        options.Converters.Clear();
        AddConverters(options.Converters);
        options.MakeReadOnly();
        return options;
    }

    // An empty list or a false flag says nothing a missing member does not (both read back the same), so
    // the canonical form omits them: files stay short and diffs show only what carries information.
    private static void OmitEmptyMembers(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                property.ShouldSerialize = static (_, value) => value is IValueList { IsEmpty: false };
            }
            else if (property.PropertyType == typeof(bool))
            {
                property.ShouldSerialize = static (_, value) => value is true;
            }
        }
    }

    /// <summary>
    /// What the format's DefaultIgnoreCondition says (absent values omitted, every other value written), held by
    /// the contract itself for options configured by a consumer, whose own ignore condition may differ. The
    /// format's own options leave it to the condition: a ShouldSerialize delegate boxes every value-type member.
    /// </summary>
    public static void HoldIgnoreConditions(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.ShouldSerialize is null && !property.IsExtensionData)
            {
                property.ShouldSerialize = property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null
                    ? static (_, _) => true
                    : static (_, value) => value is not null;
            }
        }
    }

    // The format's member names and strict numbers, held by the contract itself rather than by the options, so
    // that options configured by a consumer (another naming policy, numbers as strings) write the same JSON.
    private static void HoldNamesAndNumbers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        typeInfo.NumberHandling = JsonNumberHandling.Strict;
        foreach (var property in typeInfo.Properties)
        {
            if (!property.IsExtensionData && property.AttributeProvider is MemberInfo member)
            {
                property.Name = JsonNamingPolicy.CamelCase.ConvertName(member.Name);
            }
        }
    }

    // Every decimal of the format is an exact amount (money's, a quantity's) written as text, so that its scale
    // survives every reader (2500000000.10 keeps its zero); the generated writer follows the same rule.
    private static void WriteDecimalsAsText(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType == typeof(decimal) || property.PropertyType == typeof(decimal?))
            {
                property.CustomConverter = MoneyAmountConverter;
            }
        }
    }

    private static void LocateNestedObjectErrors(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.CustomConverter is null && NestedObjectConverters.TryGetValue(property.PropertyType, out var converter))
            {
                property.CustomConverter = converter;
            }
        }
    }

    private static void KeepUnknownMembers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type == typeof(UnknownMemberSink))
        {
            typeInfo.CreateObject = static () => new UnknownMembers().Sink;
        }
    }

    private static void RejectUnknownMembers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type == typeof(UnknownMemberSink))
        {
            // The reader adds each unknown member to the object this creates; it refuses the first one, and
            // the reader is then just past that member, so the error names its path.
            typeInfo.CreateObject = static () => new UnknownMembers(Reject).Sink;
        }
    }

    private static LocatedJsonException Reject(string member)
        => new($"'{member}' is not a member this library knows here; strict reading rejects unknown members.", null, member, null);

    private static class LeafConverter<T>
    {
        public static readonly JsonConverter<T> Converter = (JsonConverter<T>)Lenient.GetTypeInfo(typeof(T)).Converter;
    }

    // One instance for each layer's context, built on first use.
    private static class LayerOptions<TLayer>
        where TLayer : JsonSerializerContext
    {
        public static JsonSerializerOptions? Options;
    }
}
