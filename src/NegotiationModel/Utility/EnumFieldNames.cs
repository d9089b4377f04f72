using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Utility;

/// <summary>
/// The text name of one enum member, as every text form of the model spells it: its kebab-case name
/// (<c>WorkingGroup</c> is <c>working-group</c>), or the name its <see cref="JsonStringEnumMemberNameAttribute"/> gives.
/// </summary>
internal static class EnumFieldNames
{
    /// <summary>Returns the text name of an enum's public static field.</summary>
    public static string Of(FieldInfo field)
        => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.KebabCaseLower.ConvertName(field.Name);
}
