using System.Text.Json;

namespace NegotiationModel.Interop.Wikidata;

/// <summary>One statement of an entity's <c>claims</c>: its property, rank, main snak, qualifiers and references.</summary>
internal sealed record WikidataStatement(string Property, FactRank Rank, string? Id, JsonElement MainSnak, JsonElement? Qualifiers, JsonElement? References, string Where)
{
    private static readonly string[] KnownValueTypes = ["wikibase-entityid", "string", "time", "monolingualtext", "quantity", "globecoordinate", "external-id"];

    /// <summary>Reads the statements of one property.</summary>
    public static List<WikidataStatement> Of(JsonElement claims, string property, string where)
    {
        var statements = new List<WikidataStatement>();
        if (!claims.TryGetProperty(property, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return statements;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new InteropFormatException($"{where}.{property}", $"expected a list of statements, found {JsonInput.Describe(list.ValueKind)}");
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemWhere = $"{where}.{property}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new InteropFormatException(itemWhere, $"expected a statement (an object), found {JsonInput.Describe(item.ValueKind)}");
            }

            var rank = JsonInput.Text(item, "rank", itemWhere) switch
            {
                null or "normal" => FactRank.Normal,
                "preferred" => FactRank.Preferred,
                "deprecated" => FactRank.Deprecated,
                var other => throw new InteropFormatException($"{itemWhere}.rank", $"'{JsonInput.Shorten(other)}' is not a rank (preferred, normal, deprecated)"),
            };
            var mainSnak = JsonInput.Object(item, "mainsnak", itemWhere) ?? throw new InteropFormatException(itemWhere, "a statement needs a 'mainsnak'");
            var references = item.TryGetProperty("references", out var found) && found.ValueKind == JsonValueKind.Array ? found : (JsonElement?)null;
            statements.Add(new WikidataStatement(property, rank, JsonInput.Text(item, "id", itemWhere), mainSnak, JsonInput.Object(item, "qualifiers", itemWhere), references, itemWhere));
        }

        return statements;
    }

    /// <summary>The statements a reader should believe among several: the preferred ones if any, else the normal ones; never the deprecated.</summary>
    public static List<WikidataStatement> Best(List<WikidataStatement> statements)
    {
        var preferred = statements.Where(statement => statement.Rank == FactRank.Preferred).ToList();
        return preferred.Count > 0 ? preferred : [.. statements.Where(statement => statement.Rank == FactRank.Normal)];
    }

    /// <summary>The qualifier snaks of one property.</summary>
    public IEnumerable<(JsonElement Snak, string Where)> QualifierSnaks(string property)
    {
        if (Qualifiers is not { } qualifiers || !qualifiers.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var index = 0;
        foreach (var snak in list.EnumerateArray())
        {
            yield return (snak, $"{Where}.qualifiers.{property}[{index++}]");
        }
    }

    /// <summary>The value of a snak: its datavalue's value and type, or why it has none (<c>somevalue</c>, <c>novalue</c>, an unknown type).</summary>
    /// <exception cref="InteropFormatException">The snak is not a Wikidata snak.</exception>
    public static (JsonElement? Value, string Type, string? NoValue) Value(JsonElement snak, string where)
    {
        if (snak.ValueKind != JsonValueKind.Object)
        {
            throw new InteropFormatException(where, $"expected a snak (an object), found {JsonInput.Describe(snak.ValueKind)}");
        }

        var snakType = JsonInput.Text(snak, "snaktype", where) ?? "value";
        if (snakType is "somevalue" or "novalue")
        {
            return (null, string.Empty, $"snaktype {snakType}");
        }

        if (snakType != "value")
        {
            throw new InteropFormatException($"{where}.snaktype", $"'{JsonInput.Shorten(snakType)}' is not a snak type (value, somevalue, novalue)");
        }

        var datavalue = JsonInput.Object(snak, "datavalue", where) ?? throw new InteropFormatException(where, "a snak of type 'value' needs a 'datavalue'");
        var type = JsonInput.Text(datavalue, "type", $"{where}.datavalue") ?? throw new InteropFormatException($"{where}.datavalue", "a datavalue needs a 'type'");
        if (!KnownValueTypes.Contains(type))
        {
            return (null, type, $"datavalue type '{JsonInput.Shorten(type)}' unknown");
        }

        if (!datavalue.TryGetProperty("value", out var value))
        {
            throw new InteropFormatException($"{where}.datavalue", "a datavalue needs a 'value'");
        }

        return (value, type, null);
    }

    /// <summary>The item a <c>wikibase-entityid</c> value names (<c>id</c>, or <c>numeric-id</c> in the older form).</summary>
    public static string? ItemId(JsonElement value, string where)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InteropFormatException(where, $"expected an entity id value (an object), found {JsonInput.Describe(value.ValueKind)}");
        }

        var id = JsonInput.Text(value, "id", where);
        if (id is null && JsonInput.Text(value, "numeric-id", where) is { } number && (JsonInput.Text(value, "entity-type", where) ?? "item") == "item")
        {
            id = "Q" + number;
        }

        if (id is null || !WikidataDocuments.EntityId().IsMatch(id))
        {
            throw new InteropFormatException(where, $"'{JsonInput.Shorten(id ?? "(none)")}' is not a Wikidata entity id");
        }

        return id.StartsWith('Q') ? id : null;
    }
}
