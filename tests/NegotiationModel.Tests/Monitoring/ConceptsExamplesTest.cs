using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Tests.Monitoring;

/// <summary>The C# of docs/concepts.md ("Negotiating bodies", "Monitoring and verification"), as written there, builds what the text says.</summary>
public sealed class ConceptsExamplesTest
{
    [Fact]
    public void The_bodies_and_monitoring_examples_build_what_the_text_says()
    {
        var record = new NegotiationRecord("Minsk II");

        // docs/concepts.md, "Negotiating bodies"
        var tcg = new ActorId("tcg");
        var en = new LanguageTag("en");
        record = record with
        {
            Actors =
            [
                .. record.Actors,
                new Actor(tcg, ActorKind.NegotiatingFormat, [en.Name("Trilateral Contact Group"), en.Name("TCG", NameKind.Abbreviation)]),
                new Actor(new ActorId("kuchma"), ActorKind.Person, [en.Name("Leonid Kuchma")])
                {
                    Memberships = [new Membership { Organisation = tcg, OnBehalfOf = new ActorId("ukraine"), Role = [en.Text("Representative of Ukraine")] }],
                },
            ],
            WorkingGroups =
            [
                new WorkingGroup(new WorkingGroupId("tcg-plenary"), [en.Name("Trilateral Contact Group, plenary")]) { Format = tcg },
                new WorkingGroup(new WorkingGroupId("tcg-security"), [en.Name("Security working group")])
                {
                    Parent = new WorkingGroupId("tcg-plenary"),
                    Format = tcg,
                    Members = [new WorkingGroupMember(new ActorId("kuchma"), WorkingGroupRole.Member) { OnBehalfOf = new ActorId("ukraine") }],
                },
            ],
        };
        var package = new Proposal(new ProposalId("minsk-package"), ProposalKind.DraftAgreement, [en.Text("Package of Measures")])
        {
            Authors = [tcg],
            Signatories = [new Signatory(new ActorId("kuchma")) { OnBehalfOf = new ActorId("ukraine"), Event = new NegotiationEventId("minsk-signing") }],
        };

        // docs/concepts.md, "Monitoring and verification"
        var smm = new MonitoringMission(new MonitoringMissionId("osce-smm"), [en.Name("OSCE Special Monitoring Mission to Ukraine"), en.Name("SMM", NameKind.Abbreviation)])
        {
            ConductedBy = [new ActorId("osce")],
            MandatedBy = [new ProvisionId("minsk-point-2"), new ProvisionId("minsk-point-3")],
            Monitors = [EntityReference.To(new ProvisionId("minsk-point-2")), EntityReference.To(new NamedLineId("contact-line-2015"))],
            Locations = [new Place { Name = "Donetsk", TimeZone = "Europe/Kyiv", Territory = new TerritoryId("UA-14") }],
            Methods = [MonitoringMethod.Patrols, MonitoringMethod.Drones, MonitoringMethod.Satellite, MonitoringMethod.Cameras],
            MandateStart = When.Parse("2014-03-21"),
            StatusHistory = [new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Deployed, When.Parse("2014-03-22"))],
            Funding = [new FundingClaim(new ActorId("germany"), FundingClaimKind.Pledged) { Purpose = [en.Text("Long-range unmanned aircraft")], Citations = [new Citation(new SourceId("osce-press-release"))] }],
        };
        var iicd = new MonitoringMission(new MonitoringMissionId("iicd"), [en.Name("Independent International Commission on Decommissioning")])
        {
            EstablishedBy = [new ActorId("united-kingdom"), new ActorId("ireland")],
            ConductedBy = [new ActorId("de-chastelain")],
            MandatedBy = [new ProvisionId("gfa-decommissioning")],
            Methods = [MonitoringMethod.Inspections],
        };
        var dmzMonitors = new MonitoringMission(new MonitoringMissionId("dmz-monitors"), [en.Name("Monitors of the demilitarised zone")])
        {
            MandatedBy = [new ProvisionId("roadmap-dmz")],
            Funding = [new FundingClaim(new ActorId("eu"), FundingClaimKind.Proposed) { ClaimedBy = [new ActorId("blog-author")] }],
        };
        record = record with { Proposals = [package], MonitoringMissions = [smm, iicd, dmzMonitors] };

        record.Involving(tcg).Select(e => e.Reference.ToString()).Should().Equal("actor:tcg", "actor:kuchma", "working-group:tcg-plenary", "working-group:tcg-security", "proposal:minsk-package");
        record.FindByName("decommissioning").Should().ContainSingle().Which.Should().Be(iicd);
        record.Involving(new ActorId("eu")).Should().Equal(dmzMonitors);
        record.Involving(new ActorId("blog-author")).Should().Equal(dmzMonitors);
    }
}
