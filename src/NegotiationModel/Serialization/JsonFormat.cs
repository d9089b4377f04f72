using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Assessments;
using NegotiationModel.Statements;
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
    };

    /// <summary>Gets the options that keep unknown members in <see cref="UnknownMembers"/>.</summary>
    public static JsonSerializerOptions Lenient { get; } = Create(strict: false);

    /// <summary>Gets the options that reject unknown members.</summary>
    public static JsonSerializerOptions Strict { get; } = Create(strict: true);

    /// <summary>Gets the types that have a located-error converter when held by a member that is not a list.</summary>
    public static IReadOnlyCollection<Type> NestedObjectTypes => NestedObjectConverters.Keys;

    /// <summary>Gets the options for reading with <paramref name="options"/>.</summary>
    public static JsonSerializerOptions For(NegotiationJsonReadOptions options) => options.RejectUnknownMembers ? Strict : Lenient;

    private static JsonSerializerOptions Create(bool strict)
    {
        var options = new JsonSerializerOptions(NegotiationJsonContext.Default.Options)
        {
            // Non-ASCII text is written as itself, so Japanese and Russian names stay readable in diffs;
            // quotes, backslashes and control characters are still escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
            MaxDepth = SerializerMaxDepth,
            TypeInfoResolver = new NegotiationJsonContext()
                .WithAddedModifier(OmitEmptyMembers)
                .WithAddedModifier(LocateNestedObjectErrors)
                .WithAddedModifier(strict ? RejectUnknownMembers : KeepUnknownMembers),
        };
        options.Converters.Add(new IntegerJsonConverter());
        foreach (var converter in EntityIdJsonConverters.Create())
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(NodaConverters.InstantConverter);
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.LocalDateTimeConverter);
        options.Converters.Add(NodaConverters.DurationConverter);
        options.Converters.Add(NodaConverters.CreateDateTimeZoneConverter(DateTimeZoneProviders.Tzdb));
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
            typeInfo.CreateObject = static () => UnknownMembers.CreateRejecting().Sink;
        }
    }
}
