using System.Text.Json.Serialization;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;

namespace NegotiationModel.Serialization;

/// <summary>
/// The source-generated contract of every type in the JSON format. The one place where JSON options live;
/// <see cref="NegotiationJson"/> adds the NodaTime converters at run time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(ValueListJsonConverter<Actor>),
        typeof(ValueListJsonConverter<LocalizedName>),
        typeof(ValueListJsonConverter<ActorId>),
        typeof(ValueListJsonConverter<Statement>),
        typeof(ValueListJsonConverter<LocalizedText>),
        typeof(ValueListJsonConverter<Citation>),
        typeof(ValueListJsonConverter<ExternalIdentifier>),
        typeof(ValueListJsonConverter<EntityReference>),
        typeof(ValueListJsonConverter<string>),
    ])]
[JsonSerializable(typeof(NegotiationRecord))]

// Time: a When is a JSON string in its text form (WhenJsonConverter).
[JsonSerializable(typeof(NegotiationModel.Time.When))]
internal sealed partial class NegotiationJsonContext : JsonSerializerContext
{
}
