using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;

namespace NegotiationModel.Tests.Proposals;

/// <summary>
/// Records whose proposals draft a pool of provisions over up to <see cref="MaxVersions"/> versions, in any list order:
/// each version holds some of its proposal's provisions, each in one of several wordings and kinds, so the same identifier
/// recurs from version to version, changed or not; identifiers never repeat within a version or across proposals.
/// </summary>
internal static class IdentityRecords
{
    public const int MaxVersions = 4;
    public const int PoolSize = 5;

    public static readonly ActorId Actor = new("a");

    /// <summary>Gets a draft of a provision: one of four, two of them ceasefires, two other provisions.</summary>
    public static Provision Draft(ProvisionId id, int wording) => wording switch
    {
        0 => new CeasefireProvision(id) { Summary = [new LocalizedText("Ceasefire", "en")] },
        1 => new CeasefireProvision(id) { Summary = [new LocalizedText("Ceasefire", "en")], IsTemporary = true },
        2 => new OtherProvision(id) { Summary = [new LocalizedText("Monitoring by the OSCE", "en")] },
        _ => new OtherProvision(id) { Summary = [new LocalizedText("Monitoring by the OSCE, with drones", "en")], IsOptional = true },
    };

    /// <summary>Gets the versions of one proposal: which provisions of its pool each holds (a bit mask) and in which wording.</summary>
    public static Gen<ValueList<ProposalVersion>> Versions(string proposal)
        => Gen.Select(Gen.Int[0, (1 << PoolSize) - 1].Array[1, MaxVersions], Gen.Int[0, 3].Array[MaxVersions * PoolSize], Gen.Bool, (masks, wordings, reversed) =>
        {
            var versions = masks.Select((mask, v) => new ProposalVersion(v + 1)
            {
                Provisions = [.. Enumerable.Range(0, PoolSize).Where(k => (mask & (1 << k)) != 0).Select(k => Draft(new ProvisionId($"{proposal}-point-{k}"), wordings[(v * PoolSize) + k]))],
            });
            return (ValueList<ProposalVersion>)[.. reversed ? versions.Reverse() : versions];
        });

    public static Gen<NegotiationRecord> Records { get; } = Gen.Select(Versions("p0"), Versions("p1"), (first, second) => new NegotiationRecord("Drafts")
    {
        Actors = [new Actor(Actor, ActorKind.State, [new LocalizedName("A", "en")])],
        Proposals =
        [
            new Proposal(new ProposalId("p0"), ProposalKind.DraftAgreement, [new LocalizedText("Draft", "en")]) { Versions = first },
            new Proposal(new ProposalId("p1"), ProposalKind.CounterProposal, [new LocalizedText("Counter", "en")]) { Versions = second },
        ],
    });
}
