using System.Text.Json;

namespace NegotiationModel.Utility;

/// <summary>
/// Compares JSON values held for members the library does not know, without throwing on numbers
/// <see cref="JsonElement.DeepEquals"/> cannot compare.
/// </summary>
/// <remarks>
/// <para><see cref="JsonElement.DeepEquals"/> throws <see cref="ArgumentOutOfRangeException"/> on a number whose
/// exponent does not fit in an <see cref="int"/> (such as <c>1e99999999999</c>), which a file may legally hold.
/// Found by the hostile corpus (docs/robustness.md); comparing records must never throw. For such values this
/// falls back to a structural comparison of its own in which such a number equals only the same number text
/// (the writer writes unknown numbers back as they were read, so a round trip keeps them equal).</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
internal static class JsonValueEquality
{
    /// <summary>Returns whether two JSON values are equal, as <see cref="JsonElement.DeepEquals"/> decides where it can.</summary>
    public static bool DeepEquals(JsonElement left, JsonElement right)
    {
        try
        {
            return JsonElement.DeepEquals(left, right);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Structural(left, right);
        }
    }

    private static bool Structural(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Object:
                var count = 0;
                foreach (var member in left.EnumerateObject())
                {
                    count++;
                    if (!right.TryGetProperty(member.Name, out var other) || !Structural(member.Value, other))
                    {
                        return false;
                    }
                }

                return count == right.EnumerateObject().Count();
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return false;
                }

                using (var l = left.EnumerateArray())
                using (var r = right.EnumerateArray())
                {
                    while (l.MoveNext() && r.MoveNext())
                    {
                        if (!Structural(l.Current, r.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Number:
                try
                {
                    return JsonElement.DeepEquals(left, right);
                }
                catch (ArgumentOutOfRangeException)
                {
                    return string.Equals(left.GetRawText(), right.GetRawText(), StringComparison.Ordinal);
                }

            default:
                return JsonElement.DeepEquals(left, right);
        }
    }
}
