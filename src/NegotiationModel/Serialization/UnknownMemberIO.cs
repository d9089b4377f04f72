using System.Text.Json;

namespace NegotiationModel.Serialization;

/// <summary>Reads and writes unknown members for the converters of objects that System.Text.Json's contract does not build.</summary>
internal static class UnknownMemberIO
{
    /// <summary>
    /// Reads the value of an unknown member (the reader is on its first token) into <paramref name="members"/>,
    /// created through the options so that strict reading rejects it.
    /// </summary>
    public static void Read(ref UnknownMembers? members, string name, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        members ??= ((UnknownMemberSink)options.GetTypeInfo(typeof(UnknownMemberSink)).CreateObject!()).Members;
        var value = JsonElement.ParseValue(ref reader);
        if (members.ContainsKey(name))
        {
            throw new JsonException($"The member '{name}' appears twice in the same object.");
        }

        members.Add(name, value);
    }

    /// <summary>Writes the unknown members, if any, after the object's known members.</summary>
    public static void Write(Utf8JsonWriter writer, UnknownMembers? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (var (name, value) in members)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    /// <summary>Throws when a known member appears twice; System.Text.Json does this for the objects it builds.</summary>
    public static void RejectDuplicate(bool seen, string name)
    {
        if (seen)
        {
            throw new JsonException($"The member '{name}' appears twice in the same object.");
        }
    }
}
