using NegotiationModel.TestData;
using System.Text.Json;
using Json.Schema;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Validation;
using NegotiationModel.WorkingGroups;
using static NegotiationModel.Tests.Actors.ColombiaThirdParties;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Actors;

public sealed class ThirdPartyRoleTest
{
    [Fact]
    public void The_1_0_schema_declares_no_third_party_role_and_the_1_1_schema_every_value()
    {
        NegotiationJsonSchema.Generate(new SchemaVersion(1, 0)).Should().NotContain("thirdPartyRole").And.NotContain("accompanying");
        var current = NegotiationJsonSchema.Generate(new SchemaVersion(1, 1));
        current.Should().Contain("\"thirdPartyRole\"");
        Enum.GetValues<ThirdPartyRole>().Should().OnlyContain(role => current.Contains($"\"{JsonNamingPolicy.KebabCaseLower.ConvertName(role.ToString())}\"", StringComparison.Ordinal));
    }

    private static readonly Dictionary<SchemaVersion, JsonSchema> Schemas = new()
    {
        [new SchemaVersion(1, 0)] = JsonSchema.FromText(NegotiationJsonSchema.Generate(new SchemaVersion(1, 0)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }),
        [new SchemaVersion(1, 1)] = JsonSchema.FromText(NegotiationJsonSchema.Generate(new SchemaVersion(1, 1)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }),
    };

    [Fact]
    public void The_colombian_talks_validate_clean_and_round_trip()
    {
        var record = Record();

        Validate(record).Diagnostics.Should().BeEmpty();
        NegotiationJson.Deserialize(NegotiationJson.Serialize(record)).Should().Be(record);
    }

    [Fact]
    public void One_vocabulary_is_written_alike_on_participants_members_and_memberships()
    {
        var json = NegotiationJson.Serialize(Record() with
        {
            Actors = [.. Record().Actors, new Actor(new ActorId("dag-nylander"), ActorKind.Person, [new LocalizedName("Dag Nylander", "en")])
            {
                Memberships = [new Membership { Organisation = Norway, ThirdPartyRole = ThirdPartyRole.Guarantor, Role = [En("Norway's special envoy")] }],
            }],
        });

        json.Should().Contain("\"thirdPartyRole\": \"guarantor\"").And.Contain("\"thirdPartyRole\": \"accompanying\"")
            .And.Contain("\"thirdPartyRole\": \"witness\"").And.Contain("\"thirdPartyRole\": \"verifier\"");
        using var document = JsonDocument.Parse(json);
        var roles = document.RootElement.GetProperty("events")[0].GetProperty("participants").EnumerateArray()
            .Where(p => p.TryGetProperty("thirdPartyRole", out _)).Select(p => p.GetProperty("thirdPartyRole").GetString());
        roles.Should().Equal("guarantor", "guarantor", "witness");
    }

    [Theory]
    [InlineData(ParticipantRole.Principal, null)]
    [InlineData(ParticipantRole.DelegationMember, null)]
    [InlineData(ParticipantRole.Host, null)]
    [InlineData(ParticipantRole.Mediator, ThirdPartyRole.Mediator)]
    [InlineData(ParticipantRole.Observer, ThirdPartyRole.Observer)]
    [InlineData(ParticipantRole.Other, null)]
    public void A_format_1_0_participant_role_implies_the_third_party_role_of_the_same_meaning(ParticipantRole role, ThirdPartyRole? implied)
    {
        new Participant(Cuba, role).ImpliedThirdPartyRole().Should().Be(implied);
        new Participant(Cuba, role) { ThirdPartyRole = ThirdPartyRole.Guarantor }.ImpliedThirdPartyRole().Should().Be(ThirdPartyRole.Guarantor, "a role recorded wins");
    }

    [Fact]
    public void A_format_1_0_working_group_observer_is_an_observer_and_other_roles_imply_none()
    {
        new WorkingGroupMember(Chile, WorkingGroupRole.Observer).ImpliedThirdPartyRole().Should().Be(ThirdPartyRole.Observer);
        new WorkingGroupMember(Chile, WorkingGroupRole.Member).ImpliedThirdPartyRole().Should().BeNull();
        new WorkingGroupMember(Chile, WorkingGroupRole.Observer) { ThirdPartyRole = ThirdPartyRole.Accompanying }.ImpliedThirdPartyRole().Should().Be(ThirdPartyRole.Accompanying);
    }

    [Fact]
    public void Every_participant_of_the_frozen_1_0_sample_reads_as_before_with_the_third_party_role_its_role_implies()
    {
        var record = NegotiationJson.Deserialize(File.ReadAllBytes(RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures/v1.0/miami-talks-2025-12.json")));

        var participants = record.Events.SelectMany(e => e.Participants).ToList();
        participants.Should().NotBeEmpty().And.OnlyContain(p => p.ThirdPartyRole == null);
        participants.Should().OnlyContain(p => p.ImpliedThirdPartyRole() == (p.Role == ParticipantRole.Mediator ? ThirdPartyRole.Mediator : p.Role == ParticipantRole.Observer ? ThirdPartyRole.Observer : null));
        record.WorkingGroups.SelectMany(g => g.Members).Should().OnlyContain(m => m.ThirdPartyRole == null);
    }

    [Fact]
    public void An_undefined_third_party_role_is_refused_naming_the_member()
    {
        FluentActions.Invoking(() => new Participant(Cuba, ParticipantRole.Other) { ThirdPartyRole = (ThirdPartyRole)0 })
            .Should().Throw<ArgumentException>().And.ParamName.Should().Be("ThirdPartyRole");
        FluentActions.Invoking(() => new WorkingGroupMember(Cuba, WorkingGroupRole.Member) { ThirdPartyRole = (ThirdPartyRole)8 })
            .Should().Throw<ArgumentException>().And.ParamName.Should().Be("ThirdPartyRole");
        FluentActions.Invoking(() => NegotiationJson.Deserialize(NegotiationJson.Serialize(Record()).Replace("\"accompanying\"", "\"sponsor\"", StringComparison.Ordinal)))
            .Should().Throw<NegotiationJsonException>().Which.Path!.ToString().Should().Be("$['workingGroups'][0]['members'][4]['thirdPartyRole']");
    }

    [Fact]
    public void Validation_warns_when_an_observer_or_a_mediator_is_recorded_as_another_third_party()
    {
        var signing = Record().Events[0];
        var record = Record() with
        {
            Events = [signing with { Participants = [.. signing.Participants, new Participant(Chile, ParticipantRole.Observer) { ThirdPartyRole = ThirdPartyRole.Guarantor }, new Participant(Venezuela, ParticipantRole.Host) { ThirdPartyRole = ThirdPartyRole.Guarantor }] }],
            WorkingGroups = [Record().WorkingGroups[0] with { Members = [new WorkingGroupMember(Venezuela, WorkingGroupRole.Observer) { ThirdPartyRole = ThirdPartyRole.Verifier }] }, Record().WorkingGroups[1]],
        };

        var found = Validate(record).Diagnostics.Where(d => d.Code == DiagnosticCodes.ThirdPartyRoleContradictsRole).ToList();

        found.Select(d => d.Path.ToString()).Should().Equal(
            "$['events'][0]['participants'][5]['thirdPartyRole']",
            "$['workingGroups'][0]['members'][0]['thirdPartyRole']");
        found[0].Message.Should().Be("Participant 'chile' of event 'cartagena-signing' takes part as an observer but is recorded as a guarantor: one of the two is wrong.");
        found.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
    }

    // Writer, reader, schemas and validator agree on every pairing of the two vocabularies, in both versions a record may declare:
    // the record reads back equal and the 1.1 schema accepts it; a third-party role no version defines is refused by the reader and
    // the 1.1 schema alike; the 1.0 schema does not declare the member (a 1.0 reader would keep it as unknown), and validation
    // reports NM9002 exactly when a record declaring 1.0 writes one; NM5010 exactly when the role the record writes and the one
    // the 1.0 role implies are of different families.
    [Fact]
    public void Writer_reader_schemas_and_validator_agree_on_every_pairing_of_role_and_third_party_role()
    {
        ThirdPartyRole?[] thirdParties = [null, .. Enum.GetValues<ThirdPartyRole>()];
        foreach (var version in Schemas.Keys)
        {
            foreach (var role in Enum.GetValues<ParticipantRole>())
            {
                foreach (var thirdParty in thirdParties)
                {
                    var participant = new Participant(Cuba, role) { ThirdPartyRole = thirdParty };
                    var record = new NegotiationRecord("pairing")
                    {
                        SchemaVersion = version,
                        Actors = [new Actor(Cuba, ActorKind.State, [new LocalizedName("Cuba", "en")])],
                        Events = [new NegotiationEvent(Signing, EventKind.Signing, [En("Signing")]) { Participants = [participant] }],
                    };
                    var json = NegotiationJson.Serialize(record);
                    using var document = JsonDocument.Parse(json);
                    var codes = Validate(record).Diagnostics.Select(d => d.Code).ToList();
                    var because = $"{role} with {thirdParty?.ToString() ?? "none"} declared {version}";

                    NegotiationJson.Deserialize(json).Should().Be(record, because);
                    Schemas[new SchemaVersion(1, 1)].Evaluate(document.RootElement).IsValid.Should().BeTrue(because);
                    if (thirdParty is not null)
                    {
                        var undefined = json.Replace($"\"thirdPartyRole\": \"{EnumWord(thirdParty.Value)}\"", "\"thirdPartyRole\": \"sponsor\"", StringComparison.Ordinal);
                        using var undefinedDocument = JsonDocument.Parse(undefined);
                        undefined.Should().NotBe(json);
                        Schemas[new SchemaVersion(1, 1)].Evaluate(undefinedDocument.RootElement).IsValid.Should().BeFalse(because);
                        FluentActions.Invoking(() => NegotiationJson.Deserialize(undefined)).Should().Throw<NegotiationJsonException>(because);
                    }

                    codes.Contains(DiagnosticCodes.NewerThanDeclaredVersion).Should().Be(thirdParty is not null && version == new SchemaVersion(1, 0), because);
                    codes.Contains(DiagnosticCodes.ThirdPartyRoleContradictsRole).Should().Be(
                        thirdParty is { } recorded && participant.Role is ParticipantRole.Mediator or ParticipantRole.Observer && Family(recorded) != Family(new Participant(Cuba, role).ImpliedThirdPartyRole()!.Value), because);
                }
            }
        }

        static string EnumWord(ThirdPartyRole role) => JsonNamingPolicy.KebabCaseLower.ConvertName(role.ToString());

        static int Family(ThirdPartyRole role) => role switch
        {
            ThirdPartyRole.Mediator or ThirdPartyRole.Facilitator => 1,
            ThirdPartyRole.Observer or ThirdPartyRole.Witness or ThirdPartyRole.Accompanying => 2,
            _ => 3,
        };
    }

    [Fact]
    public void A_guarantee_of_the_process_covers_the_talks_and_is_apart_from_guarantees_of_implementation()
    {
        var record = Record();
        var process = record.Find(ProcessGuarantee)!;
        var json = JsonRoundTrip.Write(process);

        process.Kind.Should().Be(GuaranteeKind.Process);
        record.Find(process.Covers[0]).Should().BeOfType<WorkingGroup>().Which.Members.Select(m => m.ThirdPartyRole).Should().Contain(ThirdPartyRole.Guarantor);
        json.Should().Contain("\"kind\": \"process\"").And.Contain("\"covers\": [");
        JsonRoundTrip.Read<Guarantee>(json).Should().Be(process);
        var declared10 = Validate(record with { SchemaVersion = new SchemaVersion(1, 0) }).Diagnostics.Where(d => d.Code == DiagnosticCodes.NewerThanDeclaredVersion).Select(d => d.Path.ToString());
        declared10.Should().Contain("$['guarantees'][0]['kind']").And.Contain("$['guarantees'][0]['covers']");
    }

    [Fact]
    public void What_a_process_guarantee_covers_must_resolve()
    {
        var record = Record() with { Guarantees = [Record().Guarantees[0] with { Covers = [EntityReference.To(new WorkingGroupId("oslo-table"))] }] };

        Found(record).Should().Contain("NM1002 at $['guarantees'][0]['covers'][0]");
    }
}
