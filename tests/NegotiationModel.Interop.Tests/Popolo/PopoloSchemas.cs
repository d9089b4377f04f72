using System.Text.Json.Nodes;
using Json.Schema;

namespace NegotiationModel.Interop.Tests.Popolo;

/// <summary>
/// The Popolo JSON Schemas of the fixtures, which are draft-03, read by a draft-07 validator: the only draft-03 words
/// they use are <c>id</c> (now <c>$id</c>) and <c>"required": true</c> on a property (now the parent's <c>required</c> list).
/// </summary>
internal static class PopoloSchemas
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    public static JsonSchema For(string popoloClass) => Schemas.Value[popoloClass];

    public static IReadOnlyList<string> Errors(JsonNode item, string popoloClass)
    {
        var result = For(popoloClass).Evaluate(System.Text.Json.JsonDocument.Parse(item.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(detail => detail.Errors is not null).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))];
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        var registry = new SchemaRegistry();
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(Fixtures.Folder("popolo-spec"), "schemas"), "*.json").Order(StringComparer.Ordinal))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            ToDraft07(node);
            var id = new Uri((string)node["$id"]!);
            var schema = JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = registry }, id);
            registry.Register(id, schema);
            schemas[Path.GetFileNameWithoutExtension(file)] = schema;
        }

        return schemas;
    }

    private static void ToDraft07(JsonObject schema)
    {
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        if (schema["id"] is JsonValue id)
        {
            schema.Remove("id");
            schema["$id"] = id.GetValue<string>();
        }

        if (schema["properties"] is JsonObject properties)
        {
            var required = new JsonArray();
            foreach (var (name, property) in properties)
            {
                if (property is JsonObject propertySchema && propertySchema["required"] is JsonValue flag && flag.GetValueKind() == System.Text.Json.JsonValueKind.True)
                {
                    propertySchema.Remove("required");
                    required.Add(name);
                }
            }

            if (required.Count > 0)
            {
                schema["required"] = required;
            }
        }
    }
}
