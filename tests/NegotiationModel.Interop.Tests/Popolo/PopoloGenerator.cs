using System.Text.Json.Nodes;
using CsCheck;

namespace NegotiationModel.Interop.Tests.Popolo;

/// <summary>Combined-form Popolo documents: ids in and outside this format's pattern, names in several languages, partial dates.</summary>
internal static class PopoloGenerator
{
    private static readonly string[] Ids = ["a", "person/1", "party/abigenga_mizero_y’abarundi", "-", "Q42", "org one", "x.y:z", "ü"];
    private static readonly string[] Languages = ["en", "fr", "ru", "ja"];
    private static readonly string[] NameNotes = ["primary", "alias", "transliteration", "abbreviation", "misspelling"];
    private static readonly string[] Classifications = ["party", "legislature", "executive", "court", "company", "state", "faction", "organization"];

    private static readonly Gen<string> Name = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz АБВ日本"], 1, 12].Where(text => !string.IsNullOrWhiteSpace(text) && text.Trim() == text);

    private static readonly Gen<string> Date = Gen.Select(Gen.Int[1900, 2030], Gen.Int[0, 12], Gen.Int[1, 28], (year, month, day) =>
        month == 0 ? $"{year:D4}" : day > 14 ? $"{year:D4}-{month:D2}" : $"{year:D4}-{month:D2}-{day:D2}");

    private static readonly Gen<JsonArray> OtherNames = Gen.Select(Name, Gen.Int[0, Languages.Length - 1].Select(i => Languages[i]), Gen.Int[0, NameNotes.Length - 1].Select(i => NameNotes[i]), (name, language, note) =>
        (JsonNode)new JsonObject { ["name"] = name, ["lang"] = language, ["note"] = note }).Array[0, 3].Select(items => new JsonArray(items));

    public static readonly Gen<string> Document =
        from personIds in Gen.Int[0, Ids.Length - 1].Select(i => Ids[i]).Array[1, 4].Select(ids => ids.Distinct().ToArray())
        from organizationIds in Gen.Int[0, Ids.Length - 1].Select(i => Ids[i]).Select(id => "org-" + id).Array[1, 3].Select(ids => ids.Distinct().ToArray())
        from persons in Gen.Select(Name, OtherNames, Date.Null(), Date.Null()).Array[personIds.Length]
        from organizations in Gen.Select(Name, OtherNames, Gen.Int[0, Classifications.Length - 1].Select(i => Classifications[i]), Gen.Int[-1, organizationIds.Length - 1]).Array[organizationIds.Length]
        from memberships in Gen.Select(Gen.Int[0, personIds.Length - 1], Gen.Int[0, organizationIds.Length - 1], Name.Null(), Date.Null(), Date.Null()).Array[0, 4]
        select new JsonObject
        {
            ["persons"] = new JsonArray([.. persons.Select((person, index) => (JsonNode)Compact(new JsonObject
            {
                ["id"] = personIds[index],
                ["name"] = person.Item1,
                ["other_names"] = person.Item2,
                ["identifiers"] = new JsonArray(new JsonObject { ["identifier"] = $"Q{index + 1}", ["scheme"] = "wikidata" }),
                ["birth_date"] = person.Item3,
                ["death_date"] = person.Item4,
                ["sources"] = new JsonArray(new JsonObject { ["url"] = $"https://example.org/{index}", ["note"] = "profile" }),
            }))]),
            ["organizations"] = new JsonArray([.. organizations.Select((organization, index) => (JsonNode)Compact(new JsonObject
            {
                ["id"] = organizationIds[index],
                ["name"] = organization.Item1,
                ["other_names"] = organization.Item2,
                ["classification"] = organization.Item3,
                ["parent_id"] = organization.Item4 < 0 || organization.Item4 == index ? null : organizationIds[organization.Item4],
            }))]),
            ["memberships"] = new JsonArray([.. memberships.Distinct().Select(membership => (JsonNode)Compact(new JsonObject
            {
                ["person_id"] = personIds[membership.Item1],
                ["organization_id"] = organizationIds[membership.Item2],
                ["role"] = membership.Item3,
                ["start_date"] = membership.Item4,
                ["end_date"] = membership.Item5,
            }))]),
        }.ToJsonString();

    private static JsonObject Compact(JsonObject item)
    {
        foreach (var name in item.Where(member => member.Value is null || (member.Value is JsonArray array && array.Count == 0)).Select(member => member.Key).ToList())
        {
            item.Remove(name);
        }

        return item;
    }
}
