using System.Text.Json.Nodes;

namespace NegotiationModel.Serialization;

/// <summary>The passes <see cref="NegotiationJsonSchema"/> makes over a generated schema before writing it.</summary>
internal static class SchemaPasses
{
    // A type only a member added later names (a kind of entity, a value type) was exported with that member; the
    // schema of an earlier version leaves it out with the member.
    public static void LeaveOutUnreachableDefinitions(JsonObject schema)
    {
        var definitions = schema["$defs"]!.AsObject();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode?>(schema.Where(p => p.Key != "$defs").Select(p => p.Value));
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject item:
                    foreach (var (name, value) in item)
                    {
                        if (name == "$ref" && value!.GetValue<string>() is { } target && target.StartsWith("#/$defs/", StringComparison.Ordinal)
                            && reached.Add(target["#/$defs/".Length..]))
                        {
                            pending.Push(definitions[target["#/$defs/".Length..]]);
                        }
                        else
                        {
                            pending.Push(value);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var element in array)
                    {
                        pending.Push(element);
                    }

                    break;
            }
        }

        foreach (var name in definitions.Select(p => p.Key).Where(n => !reached.Contains(n)).ToList())
        {
            definitions.Remove(name);
        }
    }

    // Makes every validator give the reader's verdict. ECMA-262's $ matches only at the end of the text; .NET's and
    // Python's also before a final line feed, so each pattern says "and no line feed follows". Formats are dropped:
    // validators assert them or not as configured, and RFC 3339's date-time refuses instants NodaTime reads (24:00,
    // negative years) where the pattern states exactly what the reader takes.
    public static void ForEveryValidator(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                foreach (var (name, value) in schema.ToList())
                {
                    if (name == "pattern" && value!.GetValue<string>() is { } pattern && pattern.EndsWith('$'))
                    {
                        schema[name] = pattern + "(?!\\n)";
                    }
                    else if (name == "format" && value is JsonValue)
                    {
                        schema.Remove(name);
                    }
                    else
                    {
                        ForEveryValidator(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    ForEveryValidator(item);
                }

                break;
        }
    }
}
