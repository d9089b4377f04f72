using NegotiationModel.Serialization;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

public sealed class UnknownMemberRuleTest
{
    [Fact]
    public void NM9001_unknown_members_read_from_json_are_reported_at_their_paths()
    {
        var json = NegotiationJson.Serialize(Clean())
            .Replace("\"title\": \"Miami", "\"nickname\": \"x\",\n  \"title\": \"Miami", StringComparison.Ordinal);

        var diagnostics = Validate(NegotiationJson.Deserialize(json)).WithCode(DiagnosticCodes.UnknownMember);

        json.Should().Contain("nickname");
        diagnostics.Should().ContainSingle().Which.Path.ToString().Should().Be("$['nickname']");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].Message.Should().Contain("'nickname'");
    }

    [Fact]
    public void NM9001_a_record_built_in_code_has_no_unknown_members()
    {
        Validate(Clean()).WithCode(DiagnosticCodes.UnknownMember).Should().BeEmpty();
    }
}
