using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NegotiationModel.Cli;

/// <summary>
/// The JSON the commands write of their own (<c>validate</c> and <c>timeline</c> with <c>--format json</c>): indented,
/// non-ASCII text written as itself so names stay readable, ending in a newline.
/// </summary>
internal static class CliJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the JSON <paramref name="write"/> writes.</summary>
    /// <param name="write">Writes one JSON value.</param>
    /// <returns>The JSON text and a newline.</returns>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
