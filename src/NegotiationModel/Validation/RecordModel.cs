using NegotiationModel.Indexing;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Walking;

namespace NegotiationModel.Validation;

/// <summary>
/// What one walk of a record finds, kept for the rules: every entity and phase defined, with its path;
/// every reference and citation, and the objects and time values the rules read, each with its path and the entity holding it.
/// </summary>
/// <remarks>
/// <para>The tables are rented: <see cref="Dispose"/> gives them back once the rules have run.</para>
/// <para>What a rule would find by reading every object or time value again is sorted out as the walk meets it, while
/// the object is in the cache: a second pass over a record just read brought every object in from memory once more
/// (docs/performance-log.md, "Validating a record just read, sixth pass").</para>
/// </remarks>
internal sealed class RecordModel : RecordVisitor, IDisposable
{
    private readonly PooledList<ReferenceSite> references;
    private readonly PooledList<Site> values;
    private readonly PooledList<Site> objects;
    private readonly PooledList<WhenSite> whens;
    private readonly PooledList<WhenSite> anchored;
    private readonly bool everything;
    private readonly bool sortValues;
    private readonly WellFormedTags tags = new();
    private readonly PooledList<CitationSite> citations;
    private readonly PathTable paths;
    private readonly DefinitionTable definitions;
    private readonly PooledList<int> resolutions = new();
    private Dictionary<string, List<EntityKind>>? kindsById;

    private RecordModel(int entities, bool everything, bool sortValues)
    {
        this.everything = everything;
        this.sortValues = sortValues;
        definitions = new DefinitionTable(entities);
        references = new PooledList<ReferenceSite>();
        values = new PooledList<Site>();
        objects = new PooledList<Site>();
        whens = new PooledList<WhenSite>();
        anchored = new PooledList<WhenSite>();
        citations = new PooledList<CitationSite>();
        paths = new PathTable();
    }

    // The references waiting to be looked up (Look), and those not found when they were, by their place among the references.
    private const int Batch = 32;
    private readonly EntityKind[] batchKinds = new EntityKind[Batch];
    private readonly string?[] batchIds = new string?[Batch];
    private readonly int[] batchFound = new int[Batch];
    private int batched;
    private readonly PooledList<int> notFound = new();

    // The citation whose source the walk reports next (its member comes first), where it is and who holds it.
    private Citation? pendingCitation;
    private int pendingStep;
    private IRecordEntity? pendingOwner;

    // Where the walk is: a provision keeps its identifier across the versions of its proposal, so its definitions are told
    // apart by the proposal (its place in the record) and the version (its number) that hold them. Keyed by definition number.
    private readonly Dictionary<int, ProvisionDraft> provisionDrafts = [];
    private int proposalIndex = -1;
    private ProposalId proposalId;
    private int versionNumber;

    /// <summary>
    /// Gets the second and later definitions of an identifier already defined, each with the first. The drafts of one
    /// provision in the versions of its proposal are one definition; a provision defined twice is given with the proposal
    /// and version of each definition.
    /// </summary>
    public List<(Site Duplicate, Site First, (ProvisionDraft Duplicate, ProvisionDraft First)? Provision)> Duplicates { get; } = [];

    /// <summary>Gets every reference, in record order.</summary>
    public PooledList<ReferenceSite> References => references;

    /// <summary>
    /// Gets the objects the value rules read (<see cref="Rules.ValueRules.Reads"/>: no text whose language tag is well-formed), in
    /// record order; on the plain path, every object, so that the differential test holds <c>Reads</c> to the rules' own cases.
    /// </summary>
    public PooledList<Site> Values => values;

    /// <summary>
    /// Gets every object (entities and the values inside them), in record order, for a record that declares an earlier
    /// format version than the current (<see cref="Rules.FormatVersionRule.Applies"/>, the one rule that reads them all); empty for others.
    /// </summary>
    public PooledList<Site> Objects => objects;

    /// <summary>Gets every time value, in record order, as <see cref="Objects"/> every object: empty unless the record declares an earlier format version.</summary>
    public PooledList<WhenSite> Whens => whens;

    /// <summary>Gets the time values that are relative or ranges, in record order: the only ones that hold anchors, or two ends.</summary>
    public PooledList<WhenSite> RangesAndRelatives => anchored;

    /// <summary>Gets every citation, in record order, with the reference to its source.</summary>
    public PooledList<CitationSite> Citations => citations;

    /// <summary>Gets the number of definitions: the distinct kinds and identifiers defined, numbered in the order first defined.</summary>
    public int DefinitionCount => definitions.Count;

    /// <summary>
    /// Gets, for each reference of <see cref="References"/> at the same place, the number of the definition it resolves
    /// to, or -1: every reference is looked up once, and the rules that follow the same references again (a citation's
    /// source) read the number.
    /// </summary>
    public PooledList<int> Resolutions => resolutions;

    /// <summary>Walks a record for the rules.</summary>
    /// <param name="record">The record.</param>
    /// <param name="fastPaths">Whether <see cref="Values"/> holds only what the value rules read, or every object (the plain path).</param>
    public static RecordModel Of(NegotiationRecord record, bool fastPaths)
    {
        // The lists grow by segments, without copying (PooledList); the definitions are sized as the record's index is,
        // by its collections' counts, which takes no walk of what is inside them.
        var model = new RecordModel(RecordIndex.CountHint(record), Rules.FormatVersionRule.Applies(record), sortValues: fastPaths);
        RecordWalker.Walk(record, model, model.paths);
        model.EndCitation();
        model.EndResolutions();
        return model;
    }

    /// <summary>
    /// Starts a model that the one-pass reader fills as it reads a record, by handing each part of the root to
    /// <paramref name="walk"/> as soon as it is built, while it is in the cache; <see cref="TryEnd"/> ends it.
    /// </summary>
    /// <param name="expected">About how many definitions the record makes; the table grows past them, and numbers definitions
    /// in the order first defined whatever its size.</param>
    /// <param name="walk">The walk to hand to the reader (<c>ReadState.Walk</c>).</param>
    public static RecordModel ForReading(int expected, out RecordWalker walk)
    {
        var model = new RecordModel(expected, everything: false, sortValues: true);
        walk = RecordWalker.ForReading(model, model.paths);
        return model;
    }

    /// <summary>
    /// Ends a model the reader filled (<see cref="ForReading"/>) when it is, event for event, the one <see cref="Of"/> makes
    /// of <paramref name="record"/> on the fast path; otherwise the caller disposes of it and walks the record.
    /// </summary>
    /// <returns>
    /// <see langword="false"/> when the walk fed by the reader is not the walk of the record: the document's root members
    /// came out of the contract's order, or the walk of the whole record would report the root itself, which it does
    /// first, before the root exists (a record declaring an earlier format version, whose model keeps every object).
    /// </returns>
    public bool TryEnd(NegotiationRecord record, RecordWalker walk)
    {
        if (!walk.InContractOrder || everything != Rules.FormatVersionRule.Applies(record) || Rules.ValueRules.Reads(record, tags))
        {
            return false;
        }

        walk.RootEnd(record);
        EndCitation();
        EndResolutions();
        return true;
    }

    /// <summary>
    /// Gets the kind and identifier of definition <paramref name="number"/> (below <see cref="DefinitionCount"/>); the numbers
    /// follow record order.
    /// </summary>
    public EntityReference DefinitionKey(int number) => definitions.KeyAt(number);

    /// <summary>
    /// Gets definition <paramref name="number"/>: the first of its kind and identifier, and for a provision its draft in the
    /// version with the greatest number, as the record's look-ups find it.
    /// </summary>
    public Site Definition(int number) => definitions.SiteAt(number);

    /// <summary>Returns the path of a reference.</summary>
    public SitePath PathOf(in ReferenceSite site) => new(paths, site.Step);

    /// <summary>Returns the path of a citation.</summary>
    public SitePath PathOf(in CitationSite site) => new(paths, site.Step);

    /// <summary>Finds the first definition of an entity or phase.</summary>
    public Site? Find(EntityReference reference) => NumberOf(reference) is var number and >= 0 ? definitions.SiteAt(number) : null;

    /// <summary>Finds the number of the definition of an entity or phase; -1 when the record holds none.</summary>
    public int NumberOf(EntityReference reference) => reference.Id is null ? -1 : definitions.Find(reference.Kind, reference.Id);

    /// <summary>Finds the number of the definition a citation's source resolves to; -1 when the record defines no such source.</summary>
    public int SourceOf(in CitationSite citation)
        => citation.Reference >= 0 ? Resolutions[citation.Reference] : definitions.Find(EntityKind.Source, citation.Citation.Source.Value);

    /// <summary>Gets the kinds of entity defined with an identifier, in the order first defined; empty when none.</summary>
    /// <remarks>Asked only of references that do not resolve, so the table is built on the first question.</remarks>
    public IReadOnlyList<EntityKind> KindsOf(string id)
    {
        if (kindsById is null)
        {
            kindsById = new Dictionary<string, List<EntityKind>>(StringComparer.Ordinal);
            for (var number = 0; number < definitions.Count; number++)
            {
                var definition = definitions.KeyAt(number);
                if (!kindsById.TryGetValue(definition.Id, out var list))
                {
                    kindsById[definition.Id] = list = [];
                }

                list.Add(definition.Kind);
            }
        }

        // Not "? kinds : []", which makes a new empty List for every reference that resolves to nothing.
        return kindsById.TryGetValue(id, out var kinds) ? kinds : Array.Empty<EntityKind>();
    }

    public override void VisitDefinition(EntityReference definition, object value, SitePath path)
    {
        if (value is Proposal proposal)
        {
            proposalIndex++;
            proposalId = proposal.Id;
        }

        var site = new Site(value, path, value as IRecordEntity);
        var number = definitions.Add(definition.Kind, definition.Id, site, out var added);
        if (value is not Provision)
        {
            if (!added)
            {
                Duplicates.Add((site, definitions.SiteAt(number), null));
            }

            return;
        }

        var draft = new ProvisionDraft(proposalIndex, proposalId, versionNumber);
        if (added)
        {
            provisionDrafts[number] = draft;
            return;
        }

        if (!provisionDrafts.TryGetValue(number, out var first) || first.ProposalIndex != draft.ProposalIndex || first.Version == draft.Version)
        {
            Duplicates.Add((site, definitions.SiteAt(number), (draft, first)));
        }
        else if (draft.Version > first.Version)
        {
            definitions.Replace(number, site);
            provisionDrafts[number] = draft;
        }
    }

    /// <summary>Gets a value indicating whether any object in the record holds members the model does not know.</summary>
    public bool HasUnknownMembers { get; private set; }

    public override void VisitUnknownMembers() => HasUnknownMembers = true;

    public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
    {
        if (pendingCitation is not null && kind == EntityKind.Source && ReferenceEquals(id, pendingCitation.Source.Value))
        {
            citations.Add(new CitationSite(pendingCitation, pendingStep, pendingOwner, references.Count, pendingCitation.Revision));
            pendingCitation = null;
        }

        references.Add(new ReferenceSite(kind, path.Step, id, owner));
        batchKinds[batched] = kind;
        batchIds[batched++] = id;
        if (batched == Batch)
        {
            Look();
        }
    }

    public override void VisitObject(object value, SitePath path, IRecordEntity? owner)
    {
        if (value is ProposalVersion version)
        {
            versionNumber = version.Number;
        }
        else if (value is Citation citation)
        {
            EndCitation();
            pendingCitation = citation;
            pendingStep = path.Step;
            pendingOwner = owner;
        }
        else if (!sortValues || Rules.ValueRules.Reads(value, tags))
        {
            values.Add(new Site(value, path, owner));
        }

        if (everything)
        {
            objects.Add(new Site(value, path, owner));
        }
    }

    public override void VisitWhen(When when, SitePath path, IRecordEntity? owner)
    {
        if (when is RangeWhen or RelativeWhen)
        {
            anchored.Add(new WhenSite(when, path, owner));
        }

        if (everything)
        {
            whens.Add(new WhenSite(when, path, owner));
        }
    }

    /// <summary>Gives the rented tables back; the paths of the sites can no longer be written out.</summary>
    public void Dispose()
    {
        definitions.Dispose();
        resolutions.Dispose();
        citations.Dispose();
        references.Dispose();
        values.Dispose();
        objects.Dispose();
        whens.Dispose();
        anchored.Dispose();
        paths.Dispose();
    }

    /// <summary>An object at a path, held by an entity (for an entity: itself; for a phase: its proposal).</summary>
    internal readonly record struct Site(object Value, SitePath Path, IRecordEntity? Owner);

    /// <summary>A reference at a path (a step of the model's path table, which <see cref="PathOf(in ReferenceSite)"/> writes out), held by an entity.</summary>
    /// <remarks>A list of a million references makes a million of these: the step alone, not a <see cref="SitePath"/>, keeps each at 24 bytes.</remarks>
    internal readonly record struct ReferenceSite(EntityKind Kind, int Step, string? Id, IRecordEntity? Owner);

    /// <summary>Where a provision is defined: the proposal (its place in the record and its identifier) and the number of the version.</summary>
    internal readonly record struct ProvisionDraft(int ProposalIndex, ProposalId Proposal, int Version);

    // Every reference is looked up as the walk meets it, by batches whose misses in the table overlap (DefinitionTable.Find):
    // its identifier was just read, and is still in the cache, where a pass over the references after the walk brought
    // each in from memory again (docs/performance-log.md). A reference met before its definition is not found yet, and is
    // looked up again once the walk is over (EndResolutions).
    private void Look()
    {
        var found = batchFound.AsSpan(0, batched);
        definitions.Find(batchKinds.AsSpan(0, batched), batchIds.AsSpan(0, batched), found);
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i] < 0 && batchIds[i] is not null)
            {
                notFound.Add(resolutions.Count);
            }

            resolutions.Add(found[i]);
        }

        batched = 0;
    }

    private void EndResolutions()
    {
        Look();

        // Those not found, by batches too: for most records the topics, which come last.
        Span<int> positions = stackalloc int[Batch];
        var count = 0;
        for (var i = 0; i < notFound.Count; i++)
        {
            var position = notFound[i];
            ref readonly var site = ref references[position];
            positions[count] = position;
            batchKinds[count] = site.Kind;
            batchIds[count++] = site.Id;
            if (count == Batch || i == notFound.Count - 1)
            {
                var found = batchFound.AsSpan(0, count);
                definitions.Find(batchKinds.AsSpan(0, count), batchIds.AsSpan(0, count), found);
                for (var k = 0; k < count; k++)
                {
                    resolutions.Set(positions[k], found[k]);
                }

                count = 0;
            }
        }

        notFound.Dispose();
    }

    // A citation whose source was not reported right after it (the walk reports the member first) is kept without its
    // reference, and its source looked up by identifier: every citation is in the list, in record order.
    private void EndCitation()
    {
        if (pendingCitation is not null)
        {
            citations.Add(new CitationSite(pendingCitation, pendingStep, pendingOwner, -1, pendingCitation.Revision));
            pendingCitation = null;
        }
    }

    /// <summary>A citation, at a step of the path table (<see cref="PathOf(in CitationSite)"/>), held by an entity; its source's place among the references (-1 when not known), and the revision it names.</summary>
    internal readonly record struct CitationSite(Citation Citation, int Step, IRecordEntity? Owner, int Reference, int? Revision);

    /// <summary>A time value at a path, held by an entity.</summary>
    internal readonly record struct WhenSite(When When, SitePath Path, IRecordEntity? Owner);
}
