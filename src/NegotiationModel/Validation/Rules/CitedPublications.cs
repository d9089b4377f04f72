using System.Buffers;
using System.Runtime.InteropServices;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Validation.Rules;

/// <summary>
/// The publication times of the sources statements cite (NM2002), each source's (or revision's) resolved once for every
/// citation of it, found by the number of the definition the citation's reference resolved to.
/// </summary>
/// <remarks>
/// The tables are rented or flat: a dictionary keyed by what a citation names, with a list and an array per source, was
/// an eighth of what validating 10,000 statements allocated. Not thread-safe; <see cref="Dispose"/> gives the tables back.
/// </remarks>
internal sealed class CitedPublications : IDisposable
{
    private readonly RecordModel model;
    private readonly TimeModel time;

    // By definition number, 1 + the entry of the source's publications (a citation that names no revision); 0 when not yet met.
    private readonly int[] bySource;
    private readonly PooledList<Published> entries = new();
    private readonly PooledList<When> whens = new();
    private readonly PooledList<TimeModel.Resolved> windows = new();
    private Dictionary<(int Definition, int Revision), int>? byRevision;

    // The citations of the model seen so far: a statement's citations come in record order, so the next is found after the last.
    private int cursor;

    public CitedPublications(RecordModel model, TimeModel time)
    {
        this.model = model;
        this.time = time;
        bySource = ArrayPool<int>.Shared.Rent(Math.Max(1, model.DefinitionCount));
        Array.Clear(bySource, 0, model.DefinitionCount);
    }

    /// <summary>Returns what a citation's source (or the revision it names) says of when it was published; no source when the record holds none.</summary>
    public Published Of(Citation citation)
    {
        var definition = SourceOf(citation);
        if (definition < 0)
        {
            return default;
        }

        if (citation.Revision is not { } number)
        {
            ref var slot = ref bySource[definition];
            if (slot == 0)
            {
                slot = Add(definition, revision: null) + 1;
            }

            return entries[slot - 1];
        }

        byRevision ??= [];
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(byRevision, (definition, number), out var met);
        if (!met)
        {
            entry = Add(definition, number);
        }

        return entries[entry];
    }

    /// <summary>Gets the times of an entry, for a message.</summary>
    public List<When> Whens(Published published)
    {
        var list = new List<When>(published.Count);
        for (var w = 0; w < published.Count; w++)
        {
            list.Add(whens[published.Start + w]);
        }

        return list;
    }

    /// <summary>Tells whether <paramref name="said"/> is certainly after every time of <paramref name="published"/>.</summary>
    public bool AllDefinitelyAfter(TimeModel.Resolved said, Published published)
    {
        for (var w = 0; w < published.Count; w++)
        {
            if (TimeModel.Compare(said, windows[published.Start + w]) != TemporalRelation.DefinitelyAfter)
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(bySource);
        entries.Dispose();
        whens.Dispose();
        windows.Dispose();
    }

    // The citation's place among the model's: found from the last one found on, so the walk over every statement's
    // citations is one pass over the model's. A citation object met elsewhere too (shared by two entities) names the
    // same source, so any place of it answers alike.
    private int SourceOf(Citation citation)
    {
        var citations = model.Citations;
        for (var c = cursor; c < citations.Count; c++)
        {
            ref readonly var site = ref citations[c];
            if (ReferenceEquals(site.Citation, citation))
            {
                cursor = c + 1;
                return model.SourceOf(site);
            }
        }

        // Not reached for a statement of the record walked; kept so that the answer never depends on it.
        return model.NumberOf(EntityReference.To(citation.Source));
    }

    private int Add(int definition, int? revision)
    {
        var entry = entries.Count;
        if (model.Definition(definition).Value is not Source source)
        {
            entries.Add(default);
            return entry;
        }

        var start = whens.Count;
        if (revision is { } number)
        {
            if (source.FindRevision(number) is { } found)
            {
                whens.Add(found.At);
            }
        }
        else
        {
            if (source.Published is { } published)
            {
                whens.Add(published);
            }

            foreach (var r in source.Revisions)
            {
                whens.Add(r.At);
            }
        }

        for (var w = start; w < whens.Count; w++)
        {
            windows.Add(time.Resolve(whens[w]));
        }

        entries.Add(new Published(source, start, whens.Count - start));
        return entry;
    }

    /// <summary>A cited source and where its times are in the flat lists; the default when the record holds no such source.</summary>
    internal readonly record struct Published(Source? Source, int Start, int Count);
}
