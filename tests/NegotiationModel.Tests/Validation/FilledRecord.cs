using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// A record, built from the JSON contract's metadata, in which every member of every type holds a value (every
/// list one element; a list of provisions one of each kind): what a walk that must see every member is checked on.
/// It is read, not validated: its references lead nowhere.
/// </summary>
internal static class FilledRecord
{
    public static NegotiationRecord Build() => NegotiationJson.Deserialize(Json().ToJsonString());

    public static JsonNode Json() => ValueOf(typeof(NegotiationRecord), "record", depth: 0)!;

    private static JsonNode? ValueOf(Type type, string member, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            var element = type.GetGenericArguments()[0];
            var info = NegotiationJson.Options.GetTypeInfo(element);
            return info.PolymorphismOptions is { } polymorphism
                ? new JsonArray([.. polymorphism.DerivedTypes.Select(d => Tagged(d.DerivedType, polymorphism.TypeDiscriminatorPropertyName, d.TypeDiscriminator!, depth))])
                : new JsonArray(ValueOf(element, member, depth));
        }

        if (typeof(When).IsAssignableFrom(type))
        {
            return "2025-12-28";
        }

        if (type == typeof(EntityReference))
        {
            return new JsonObject { ["kind"] = "actor", ["id"] = "somebody" };
        }

        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityId<>)))
        {
            return $"{member.ToLowerInvariant()}-1";
        }

        if (type.IsEnum)
        {
            return JsonSerializer.SerializeToNode(Enum.GetValues(type).GetValue(0), NegotiationJson.Options.GetTypeInfo(type));
        }

        return type switch
        {
            _ when type == typeof(string) => member switch
            {
                "language" => "en",
                "currency" => "USD",
                "unit" => "km",
                "timeZone" => "Europe/Kyiv",
                "iso3166Code" => "UA",
                _ => "text",
            },
            _ when type == typeof(bool) => true,
            _ when type == typeof(int) => 1,
            _ when type == typeof(double) => 0.5,
            _ when type == typeof(decimal) => 1000m,
            _ when type == typeof(Uri) => "https://example.org/",
            _ when type == typeof(SchemaVersion) => "1.0",
            _ when type == typeof(GeoCoordinates) => new JsonObject { ["latitude"] = 50.45, ["longitude"] = 30.52 },
            _ when type == typeof(NodaTime.Instant) => "2025-12-28T12:00:00Z",
            _ when type == typeof(NodaTime.Duration) => "01:30:00",
            _ => ObjectOf(type, depth),
        };
    }

    private static JsonObject Tagged(Type type, string discriminator, object tag, int depth)
    {
        var value = ObjectOf(type, depth);
        value.Remove(discriminator);
        return new JsonObject([new(discriminator, JsonValue.Create(tag.ToString())), .. value.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value?.DeepClone()))]);
    }

    private static JsonObject ObjectOf(Type type, int depth)
    {
        var info = NegotiationJson.Options.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object || depth > 8)
        {
            throw new InvalidOperationException($"FilledRecord does not know how to fill a {type}: teach it.");
        }

        var value = new JsonObject();
        foreach (var property in info.Properties.Where(p => !p.IsExtensionData && p.PropertyType != typeof(object)))
        {
            value[property.Name] = ValueOf(property.PropertyType, property.Name, depth + 1);
        }

        return value;
    }
}
