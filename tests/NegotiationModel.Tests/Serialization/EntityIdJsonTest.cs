using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Serialization;

/// <summary>Identifiers in JSON, through the format's own options: the identifier types carry no converter of their own.</summary>
public sealed class EntityIdJsonTest
{
    // The format's options, with reflection added only for the dictionary type the contract does not declare.
    private static readonly JsonSerializerOptions Options = new(JsonFormat.Lenient)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(JsonFormat.Lenient.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
    };

    [Fact]
    public void An_identifier_is_a_plain_json_string()
    {
        JsonSerializer.Serialize(new ActorId("ushakov"), Options).Should().Be("\"ushakov\"");
        JsonSerializer.Deserialize<ControlObservationId>("\"obs:1\"", Options).Should().Be(new ControlObservationId("obs:1"));
        JsonSerializer.Serialize<ValueList<TopicId>>([new("a"), new("b")], Options).Should().Be("[\n  \"a\",\n  \"b\"\n]");
    }

    [Fact]
    public void An_identifier_is_a_dictionary_key()
    {
        var map = new Dictionary<ActorId, SourceId> { [new("ushakov")] = new("nhk/2025-12-29") };

        var json = JsonSerializer.Serialize(map, Options);

        json.Should().Be("{\n  \"ushakov\": \"nhk/2025-12-29\"\n}");
        JsonSerializer.Deserialize<Dictionary<ActorId, SourceId>>(json, Options).Should().Equal(map);
    }

    [Fact]
    public void A_key_or_value_that_is_not_an_identifier_is_a_json_error()
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<ActorId, int>>("{\"no space\":1}", Options)).Should().Throw<JsonException>()
            .WithMessage("*'no space' is not a valid identifier*");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<ActorId>("\"\"", Options)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonSerializer.Deserialize<ActorId>("1", Options)).Should().Throw<JsonException>();
    }

    [Fact]
    public void The_default_identifier_is_never_written()
    {
        FluentActions.Invoking(() => JsonSerializer.Serialize(default(ActorId), Options)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => JsonSerializer.Serialize(new Dictionary<ActorId, int> { [default] = 1 }, Options)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Every_identifier_type_is_written_by_its_converter_registered_in_the_options()
    {
        foreach (var type in typeof(NegotiationRecord).Assembly.GetExportedTypes().Where(IsIdentifier))
        {
            type.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonConverterAttribute), inherit: false).Should().BeEmpty($"{type.Name} must not depend on the serialization layer");
            JsonFormat.Lenient.GetTypeInfo(type).Converter.GetType().Should().Be(typeof(EntityIdJsonConverter<>).MakeGenericType(type));
            JsonFormat.Strict.GetTypeInfo(type).Converter.GetType().Should().Be(typeof(EntityIdJsonConverter<>).MakeGenericType(type));
        }
    }

    [Fact]
    public void Reading_an_identifier_allocates_its_text_and_nothing_more()
    {
        // A record of 16 MB can name a million identifiers (DiagnosticLimitsTest): each costs its string.
        var converter = (JsonConverter<ActorId>)JsonFormat.Lenient.GetTypeInfo(typeof(ActorId)).Converter;
        var json = "\"ghost123456\""u8.ToArray();
        ReadEach(json, (ref reader) => _ = reader.GetString());
        ReadEach(json, (ref reader) => _ = converter.Read(ref reader, typeof(ActorId), JsonFormat.Lenient));

        var converted = ReadEach(json, (ref reader) => _ = converter.Read(ref reader, typeof(ActorId), JsonFormat.Lenient));

        converted.Should().BeLessThanOrEqualTo(ReadEach(json, (ref reader) => _ = reader.GetString()));
    }

    private delegate void ReadOne(ref Utf8JsonReader reader);

    private static long ReadEach(byte[] json, ReadOne read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            read(ref reader);
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static bool IsIdentifier(Type type) => type.IsValueType
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityId<>));
}
