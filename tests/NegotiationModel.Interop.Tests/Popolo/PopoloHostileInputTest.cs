using NegotiationModel.Interop.Popolo;

namespace NegotiationModel.Interop.Tests.Popolo;

public sealed class PopoloHostileInputTest
{
    [Theory]
    [InlineData("AgtId,Con,Agt\n1,Ukraine,Minsk", "not Popolo: not JSON")]
    [InlineData("""{"id": "1", "date": "2020-01-01", "actor": [{"code": "USA"}], "event": ["CONSULT"]}""", "not Popolo")]
    [InlineData("42", "not Popolo: expected an object or a list, found a number")]
    [InlineData("""{"persons": {"id": "a"}}""", "persons: expected a list, found an object")]
    [InlineData("""{"persons": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}""", "persons[1].id: duplicate id 'a' (first at [0])")]
    [InlineData("""{"persons": [{"id": "a", "name": "A", "birth_date": "yesterday"}]}""", "persons[0].birth_date: 'yesterday' is not a date")]
    [InlineData("""{"persons": [{"id": "a", "name": "A", "birth_date": "1950/2000"}]}""", "persons[0].birth_date: '1950/2000' is not a date")]
    [InlineData("""{"persons": [{"id": "a", "name": ["A"]}]}""", "persons[0].name: expected text, found a list")]
    [InlineData("""{"memberships": [{"person_id": "a", "start_date": "2020-13"}]}""", "memberships[0].start_date: '2020-13' is not a date")]
    public void Bad_input_is_refused_with_a_message_that_says_where(string json, string message)
    {
        var import = () => PopoloImporter.Import(json);

        import.Should().Throw<InteropFormatException>().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void A_deeply_nested_document_is_refused_as_not_json_not_with_a_crash()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var import = () => PopoloImporter.Import(json);

        import.Should().Throw<InteropFormatException>().Which.Message.Should().Contain("not JSON");
    }
}
