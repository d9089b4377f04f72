using System.Collections;
using System.Text.Json;

namespace NegotiationModel;

/// <summary>
/// The dictionary System.Text.Json's <c>[JsonExtensionData]</c> needs to fill while reading (it accepts only a
/// mutable <see cref="IDictionary{TKey, TValue}"/>), kept internal so that the public <see cref="UnknownMembers"/>
/// it fills offers no way to change it. Every model type that is a JSON object declares it beside its
/// <c>UnknownMembers</c> property; writing enumerates it, in the members' JSON order.
/// </summary>
internal sealed class UnknownMemberSink(UnknownMembers members) : IDictionary<string, JsonElement>
{
    /// <summary>Gets the members this dictionary fills.</summary>
    public UnknownMembers Members { get; } = members;

    public int Count => Members.Count;

    public bool IsReadOnly => false;

    public ICollection<string> Keys => [.. Members.Keys];

    public ICollection<JsonElement> Values => [.. Members.Values];

    public JsonElement this[string key]
    {
        get => Members[key];

        // The serializer adds each member through the indexer; a name read twice is rejected before this.
        set => Members.Add(key, value);
    }

    public void Add(string key, JsonElement value) => Members.Add(key, value);

    public void Add(KeyValuePair<string, JsonElement> item) => Members.Add(item.Key, item.Value);

    public bool ContainsKey(string key) => Members.ContainsKey(key);

    public bool Contains(KeyValuePair<string, JsonElement> item)
        => Members.TryGetValue(item.Key, out var value) && JsonValueEquality.DeepEquals(value, item.Value);

    public bool TryGetValue(string key, out JsonElement value) => Members.TryGetValue(key, out value);

    public void CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex)
    {
        foreach (var member in Members)
        {
            array[arrayIndex++] = member;
        }
    }

    public bool Remove(string key) => throw ReadOnly();

    public bool Remove(KeyValuePair<string, JsonElement> item) => throw ReadOnly();

    public void Clear() => throw ReadOnly();

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => Members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static NotSupportedException ReadOnly() => new("Unknown members are only ever added, by the JSON reader.");
}
