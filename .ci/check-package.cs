// Checks a packed .nupkg: README, licence metadata, XML docs, and the symbol package beside it.
// Usage: dotnet run --file .ci/check-package.cs -- PATH.nupkg [--tool]
using System.IO.Compression;
using System.Xml.Linq;

var path = args.Length >= 1 ? args[0] : throw new ArgumentException("usage: check-package PATH.nupkg [--tool]");
var isTool = args.Contains("--tool");
var problems = new List<string>();
using (var zip = ZipFile.OpenRead(path))
{
    var names = zip.Entries.Select(e => e.FullName).ToHashSet();
    if (!names.Contains("README.md")) problems.Add("README.md is missing");
    if (!names.Contains("LICENSE")) problems.Add("LICENSE is missing");
    if (!isTool && !names.Any(n => n.StartsWith("lib/net10.0/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal)))
        problems.Add("the XML documentation file is missing from lib/net10.0/");
    if (isTool && !names.Any(n => n.StartsWith("tools/net10.0/any/", StringComparison.Ordinal)))
        problems.Add("the tool's files are missing from tools/net10.0/any/");
    var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var stream = nuspecEntry.Open();
    var nuspec = XDocument.Load(stream);
    var ns = nuspec.Root!.Name.Namespace;
    var metadata = nuspec.Root.Element(ns + "metadata")!;
    var license = metadata.Element(ns + "license");
    if (license?.Attribute("type")?.Value != "expression" || string.IsNullOrWhiteSpace(license.Value))
        problems.Add("the nuspec has no licence expression");
    if (metadata.Element(ns + "readme")?.Value != "README.md") problems.Add("the nuspec does not name README.md as its readme");
    if (string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value)) problems.Add("the nuspec has no description");
    if (metadata.Element(ns + "repository")?.Attribute("commit") is null) problems.Add("the nuspec has no repository commit (SourceLink)");
}

var symbols = Path.ChangeExtension(path, ".snupkg");
if (!File.Exists(symbols)) problems.Add($"the symbol package {Path.GetFileName(symbols)} is missing");

foreach (var problem in problems) Console.Error.WriteLine($"check-package: {Path.GetFileName(path)}: {problem}");
Console.WriteLine(problems.Count == 0 ? $"check-package: {Path.GetFileName(path)}: ok" : "");
return problems.Count == 0 ? 0 : 1;
