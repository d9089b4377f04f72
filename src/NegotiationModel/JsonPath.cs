using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NegotiationModel;

/// <summary>
/// The location of a value in a record's JSON, such as <c>$.statements[3].speakers[0]</c>, built step by
/// step while walking the record and written out only when asked (most paths never are).
/// </summary>
/// <remarks>Immutable: each step makes a new path that shares its parent.</remarks>
internal sealed class JsonPath
{
    private readonly JsonPath? parent;
    private readonly string? member;
    private readonly int index;

    private JsonPath(JsonPath? parent, string? member, int index)
    {
        this.parent = parent;
        this.member = member;
        this.index = index;
    }

    /// <summary>Gets the path of the document itself, <c>$</c>.</summary>
    public static JsonPath Root { get; } = new(null, null, -1);

    /// <summary>Returns the path of a member by its JSON name, such as <c>speakers</c>.</summary>
    public JsonPath Property(string jsonName) => new(this, jsonName, -1);

    /// <summary>Returns the path of a member by its C# name, camel-cased as the JSON contract writes it.</summary>
    public JsonPath Member(string clrName) => new(this, JsonNamingPolicy.CamelCase.ConvertName(clrName), -1);

    /// <summary>Returns the path of an element of the array at this path.</summary>
    public JsonPath Index(int position) => new(this, null, position);

    public override string ToString()
    {
        var steps = new Stack<JsonPath>();
        for (var step = this; step.parent is not null; step = step.parent)
        {
            steps.Push(step);
        }

        var builder = new StringBuilder("$");
        foreach (var step in steps)
        {
            if (step.member is null)
            {
                builder.Append('[').Append(step.index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append('.').Append(step.member);
            }
        }

        return builder.ToString();
    }
}
