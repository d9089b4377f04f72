using System.Collections.Frozen;

namespace NegotiationModel.Indexing;

/// <summary>
/// The record's names by word (<see cref="NameTokens"/>): for each word, the names holding it, numbered in record
/// order. A query finds the names that hold every word of it, in any order.
/// </summary>
/// <remarks>
/// Built in time linear in the total length of the names. A query looks up each of its distinct words once, walks
/// the shortest list of names and checks the other words by binary search in theirs, so a word every name shares
/// ("the", a family name) costs nothing when the query also holds a rarer one.
/// </remarks>
internal sealed class NameTokenIndex
{
    private readonly FrozenDictionary<string, int[]> namesByToken;
    private readonly IRecordEntity[] entityOfName;

    private NameTokenIndex(FrozenDictionary<string, int[]> namesByToken, IRecordEntity[] entityOfName)
    {
        this.namesByToken = namesByToken;
        this.entityOfName = entityOfName;
    }

    public static NameTokenIndex Of(NegotiationRecord record)
    {
        var namesByToken = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var entityOfName = new List<IRecordEntity>();
        foreach (var entity in record.Entities())
        {
            foreach (var name in EntityKinds.Of(entity).NamesOf(entity))
            {
                var ordinal = entityOfName.Count;
                entityOfName.Add(entity);
                foreach (var token in NameTokens.Of(name))
                {
                    if (!namesByToken.TryGetValue(token, out var names))
                    {
                        namesByToken[token] = names = [];
                    }

                    // A word twice in one name lists the name once.
                    if (names.Count == 0 || names[^1] != ordinal)
                    {
                        names.Add(ordinal);
                    }
                }
            }
        }

        return new(namesByToken.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal), [.. entityOfName]);
    }

    public ValueList<IRecordEntity> Find(string query) => Find(query, out _);

    /// <summary>The entities with a name holding every word of <paramref name="query"/>, each once, in record order.</summary>
    /// <param name="query">The words to look for.</param>
    /// <param name="namesExamined">How many names were checked against the other words: the work done, for tests.</param>
    public ValueList<IRecordEntity> Find(string query, out int namesExamined)
    {
        namesExamined = 0;
        var lists = new List<int[]>();
        foreach (var token in NameTokens.Of(query).Distinct(StringComparer.Ordinal))
        {
            if (!namesByToken.TryGetValue(token, out var names))
            {
                return default;
            }

            lists.Add(names);
        }

        if (lists.Count == 0)
        {
            return default;
        }

        lists.Sort(static (a, b) => a.Length.CompareTo(b.Length));
        var found = new List<IRecordEntity>();
        foreach (var name in lists[0])
        {
            namesExamined++;
            if (lists.Skip(1).All(names => Array.BinarySearch(names, name) >= 0))
            {
                var entity = entityOfName[name];

                // Names are numbered in record order, so another name of the same entity comes right after.
                if (found.Count == 0 || !ReferenceEquals(found[^1], entity))
                {
                    found.Add(entity);
                }
            }
        }

        return ValueList.From(found);
    }
}
