using System.Globalization;
using System.Text;
using System.Xml;

namespace NegotiationModel.Cli.Rendering;

/// <summary>
/// Writes the SVG and HTML outputs through an <see cref="XmlWriter"/> that checks characters, with every text
/// from the record passed through <see cref="DisplayText.Visible"/> first: the writer escapes markup, and no
/// character XML 1.0 forbids (a C0 control, U+FFFE, an unpaired surrogate) can reach the document.
/// </summary>
internal static class Markup
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>Writes a document or fragment into a string.</summary>
    public static string Write(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            ConformanceLevel = ConformanceLevel.Fragment,
            CheckCharacters = true,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var writer = XmlWriter.Create(text, settings))
        {
            write(writer);
        }

        return text.ToString();
    }

    /// <summary>Writes text from the record (or any text) as element content.</summary>
    public static void Text(this XmlWriter writer, string text) => writer.WriteString(DisplayText.Visible(text));

    /// <summary>Writes a text element of SVG or HTML with attributes and text content.</summary>
    public static void Element(this XmlWriter writer, string name, string text, params (string Name, string Value)[] attributes)
    {
        writer.Start(name, attributes);
        writer.Text(text);
        writer.WriteFullEndElement();
    }

    /// <summary>Writes an element with no content, such as an SVG rect.</summary>
    public static void Empty(this XmlWriter writer, string name, params (string Name, string Value)[] attributes)
    {
        writer.Start(name, attributes);
        writer.WriteEndElement();
    }

    /// <summary>Starts an element with attributes; the caller ends it.</summary>
    public static void Start(this XmlWriter writer, string name, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(name);
        foreach (var (attribute, value) in attributes)
        {
            writer.WriteAttributeString(attribute, DisplayText.Visible(value));
        }
    }

    /// <summary>A coordinate or length as SVG wants it: invariant, at most one decimal.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
