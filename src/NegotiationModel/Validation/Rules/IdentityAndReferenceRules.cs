using NegotiationModel.Proposals;
using NegotiationModel.Sources;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM1xxx: identifiers are unique, and every reference resolves, to an entity of the right kind.</summary>
internal sealed class IdentityAndReferenceRules : IValidationRule
{
    public void Check(NegotiationRecord record, ValidationContext context)
    {
        var model = context.Model;
        ReportDuplicates(model, context);
        ReportUnresolved(model, context);
        ReportUnknownRevisions(model, context);
        ReportPartsOfOtherProposals(record, context);
        ReportUnknownSubjectVersions(record, context);
        ReportMandateHolders(record, context);
    }

    private static void ReportMandateHolders(NegotiationRecord record, ValidationContext context)
    {
        for (var m = 0; m < record.Mandates.Count; m++)
        {
            var mandate = record.Mandates[m];
            if (mandate.Holder.Kind is EntityKind.Actor or EntityKind.MonitoringMission or EntityKind.WorkingGroup
                || context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.WrongKindReference))
            {
                continue;
            }

            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.WrongKindReference,
                $"Mandate '{mandate.Id}' is held by {mandate.Holder}, {Article(RuleText.KindName(mandate.Holder.Kind))} {RuleText.KindName(mandate.Holder.Kind)}: a mandate is held by an actor, a monitoring mission or a working group.",
                RuleText.Of(nameof(record.Mandates), m).Member(nameof(mandate.Holder)),
                RuleText.Related(mandate, mandate.Holder));
        }
    }

    private static void ReportDuplicates(RecordModel model, ValidationContext context)
    {
        foreach (var (duplicate, first, provision) in model.Duplicates)
        {
            if (context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.DuplicateId))
            {
                continue;
            }

            var reference = Reference(duplicate.Value);
            var message = provision is not var (draft, earlier)
                ? $"Another {RuleText.KindName(reference.Kind)} already has the identifier '{reference.Id}' (at {first.Path}): identifiers are unique within their kind."
                : draft.ProposalIndex == earlier.ProposalIndex
                    ? $"Version {draft.Version} of proposal '{draft.Proposal}' already holds a provision with the identifier '{reference.Id}' (at {first.Path}): a provision appears once in each version."
                    : $"Proposal '{earlier.Proposal}' already has a provision with the identifier '{reference.Id}' (at {first.Path}), which proposal '{draft.Proposal}' uses too: a provision keeps its identifier across the versions of its own proposal only.";
            context.Report(DiagnosticSeverity.Error, DiagnosticCodes.DuplicateId, message, duplicate.Path.Property("id"), reference);
        }
    }

    private static void ReportUnresolved(RecordModel model, ValidationContext context)
    {
        // Each reference is looked up once, for this rule and those that follow a citation to its source.
        var resolutions = model.Resolutions.GetEnumerator();
        foreach (ref readonly var site in model.References)
        {
            resolutions.MoveNext();
            if (resolutions.Current >= 0)
            {
                continue;
            }

            // Counted here, and reported apart: the lambda there captures the site, which costs an allocation
            // on every call, reported or not.
            var code = site.Id is null || model.KindsOf(site.Id).Count == 0 ? DiagnosticCodes.UnresolvedReference : DiagnosticCodes.WrongKindReference;
            if (!context.Omits(DiagnosticSeverity.Error, code))
            {
                ReportUnresolved(site, model, context);
            }
        }
    }

    private static void ReportUnresolved(RecordModel.ReferenceSite site, RecordModel model, ValidationContext context)
    {
        var kind = RuleText.KindName(site.Kind);
        if (site.Id is null)
        {
            context.Report(DiagnosticSeverity.Error, DiagnosticCodes.UnresolvedReference, $"The reference is the default {kind} identifier, which refers to nothing.", model.PathOf(site), RuleText.Related(site.Owner));
            return;
        }

        var target = EntityReference.Trusted(site.Kind, site.Id);
        var otherKinds = model.KindsOf(site.Id);
        if (otherKinds.Count == 0)
        {
            context.Report(DiagnosticSeverity.Error, DiagnosticCodes.UnresolvedReference, $"The record holds no {kind} '{site.Id}'.", model.PathOf(site), RuleText.Related(site.Owner, target));
        }
        else
        {
            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.WrongKindReference,
                $"'{site.Id}' should be {Article(kind)} {kind}, but the record holds it only as {RuleText.KindList(otherKinds)}.",
                model.PathOf(site),
                RuleText.Related(site.Owner, otherKinds.Select(k => new EntityReference(k, site.Id))));
        }
    }

    private static void ReportUnknownRevisions(RecordModel model, ValidationContext context)
    {
        foreach (ref readonly var citation in model.Citations)
        {
            if (citation.Revision is not { } number
                || model.SourceOf(citation) is not (>= 0 and var definition)
                || model.Definition(definition).Value is not Source source
                || source.FindRevision(number) is not null
                || context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.UnknownRevision))
            {
                continue;
            }

            var listed = source.Revisions.IsEmpty ? "lists no revisions" : "lists revisions " + string.Join(", ", source.Revisions.Select(r => r.Number));
            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.UnknownRevision,
                $"The citation names revision {number} of source '{source.Id}', which {listed}.",
                model.PathOf(citation).Member(nameof(Citation.Revision)),
                RuleText.Related(citation.Owner, source is IRecordEntity entity ? [entity.Reference] : []));
        }
    }

    private static void ReportPartsOfOtherProposals(NegotiationRecord record, ValidationContext context)
    {
        var phaseOwners = new Dictionary<PhaseId, ProposalId>();
        var provisionOwners = new Dictionary<ProvisionId, ProposalId>();
        foreach (var proposal in record.Proposals)
        {
            foreach (var phase in proposal.Phases)
            {
                phaseOwners.TryAdd(phase.Id, proposal.Id);
            }

            foreach (var provision in proposal.Versions.SelectMany(v => v.Provisions))
            {
                provisionOwners.TryAdd(provision.Id, proposal.Id);
            }
        }

        for (var p = 0; p < record.Proposals.Count; p++)
        {
            var proposal = record.Proposals[p];
            for (var q = 0; q < proposal.Phases.Count; q++)
            {
                var phase = proposal.Phases[q];
                var phasePath = RuleText.Of(nameof(record.Proposals), p).Member(nameof(proposal.Phases)).Index(q);
                Check(phase.DependsOn, phaseOwners, proposal.Id, phasePath.Member(nameof(phase.DependsOn)), $"Phase '{phase.Id}' of proposal '{proposal.Id}' depends on phase", proposal, EntityReference.To);
                Check(phase.Provisions, provisionOwners, proposal.Id, phasePath.Member(nameof(phase.Provisions)), $"Phase '{phase.Id}' of proposal '{proposal.Id}' lists provision", proposal, EntityReference.To);
            }
        }

        for (var g = 0; g < record.Guarantees.Count; g++)
        {
            var guarantee = record.Guarantees[g];
            if (guarantee.Proposal is { } owner)
            {
                var path = RuleText.Of(nameof(record.Guarantees), g).Member(nameof(guarantee.Provisions));
                Check(guarantee.Provisions, provisionOwners, owner, path, $"Guarantee '{guarantee.Id}', tied to proposal '{owner}', covers provision", guarantee, EntityReference.To);
            }
        }

        void Check<TId>(ValueList<TId> ids, Dictionary<TId, ProposalId> owners, ProposalId expected, JsonPath path, string subject, IRecordEntity holder, Func<TId, EntityReference> reference)
            where TId : struct
        {
            for (var k = 0; k < ids.Count; k++)
            {
                if (owners.TryGetValue(ids[k], out var actual) && actual != expected && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.PartOfAnotherProposal))
                {
                    context.Report(
                        DiagnosticSeverity.Warning,
                        DiagnosticCodes.PartOfAnotherProposal,
                        $"{subject} '{ids[k]}', which belongs to proposal '{actual}'.",
                        path.Index(k),
                        RuleText.Related(holder, reference(ids[k]), EntityReference.To(actual)));
                }
            }
        }
    }

    // A position on one version's text of a provision or proposal: the version must exist and hold the provision. A subject
    // that does not resolve is NM1002's.
    private static void ReportUnknownSubjectVersions(NegotiationRecord record, ValidationContext context)
    {
        for (var p = 0; p < record.Positions.Count; p++)
        {
            var position = record.Positions[p];
            if (position.SubjectVersion is not { } number || context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.UnknownSubjectVersion))
            {
                continue;
            }

            var problem = record.Find(position.Subject) switch
            {
                null => null,
                Proposal proposal => proposal.FindVersion(number) is null ? $"proposal '{proposal.Id}' has no version {number} ({VersionList(proposal.Versions.Select(v => v.Number))})" : null,
                Provision provision => record.Find(provision.Id, number) is null ? $"no version {number} holds provision '{provision.Id}' ({ProvisionVersions.Holders(record, provision.Id)})" : null,
                _ => $"{Article(RuleText.KindName(position.Subject.Kind))} {RuleText.KindName(position.Subject.Kind)} has no versions: only proposals and provisions do",
            };
            if (problem is not null)
            {
                context.Report(
                    DiagnosticSeverity.Error,
                    DiagnosticCodes.UnknownSubjectVersion,
                    $"Position '{position.Id}' is on version {number} of {position.Subject}, but {problem}.",
                    RuleText.Of(nameof(record.Positions), p).Member(nameof(position.SubjectVersion)),
                    RuleText.Related(position, position.Subject));
            }
        }
    }

    private static string VersionList(IEnumerable<int> numbers)
    {
        var list = numbers.ToList();
        return list.Count == 0 ? "it has none" : $"it has {(list.Count == 1 ? "version" : "versions")} {string.Join(", ", list)}";
    }

    private static EntityReference Reference(object definition) => definition switch
    {
        IRecordEntity entity => entity.Reference,
        Phase phase => EntityReference.To(phase.Id),
        _ => throw new InvalidOperationException("Only entities and phases are defined."),
    };

    private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";
}
