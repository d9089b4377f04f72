using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Indexing;

namespace NegotiationModel.Tests.Indexing;

/// <summary>
/// <see cref="NegotiationRecord.FindByName"/> searches by word, as a person types a name; <see cref="NegotiationRecord.FindByExactName"/>
/// resolves a whole name given as a reference, where a near name must not match.
/// </summary>
public sealed class NameSearchTest
{
    private static readonly NegotiationRecord Record = new("Minsk")
    {
        Actors =
        [
            Person("putin", new LocalizedName("Vladimir Putin", "en"), new LocalizedName("Владимир Путин", "ru")),
            Person("poroshenko", new LocalizedName("Petro Poroshenko", "en"), new LocalizedName("Петро Порошенко", "uk")),
            Person("zelenskyy", new LocalizedName("Volodymyr Zelenskyy", "en")),
            Person("lula", new LocalizedName("Luiz Inácio Lula da Silva", "pt")),
            Person("sao-paulo", new LocalizedName("São Paulo", "pt")),
            Person("walesa", new LocalizedName("Lech Wałęsa", "pl")),
            Person("semyonov", new LocalizedName("Семёнов", "ru")),
            Person("jean-claude", new LocalizedName("Jean-Claude Juncker", "fr")),
            Person("ushakov", new LocalizedName("ユーリー・ウシャコフ", "ja")),
            Person("gaza", new LocalizedName("ガザ", "ja")),
            Person("kim", new LocalizedName("김정은", "ko")),
        ],
    };

    private static Actor Person(string id, params LocalizedName[] names) => new(new ActorId(id), ActorKind.Person, [.. names]);

    private static IEnumerable<string> Found(string query) => Record.FindByName(query).Select(e => e.Reference.Id);

    [Theory]
    [InlineData("putin", "putin")]
    [InlineData("PUTIN vladimir", "putin")]
    [InlineData("Putin, Vladimir", "putin")]
    [InlineData("Порошенко", "poroshenko")]
    [InlineData("петро", "poroshenko")]
    [InlineData("zelenskyy", "zelenskyy")]
    [InlineData("Sao Paulo", "sao-paulo")]
    [InlineData("lula inacio", "lula")]
    [InlineData("walesa", "walesa")]
    [InlineData("Семенов", "semyonov")]
    [InlineData("claude", "jean-claude")]
    [InlineData("jean claude", "jean-claude")]
    [InlineData("うしゃこふ", "ushakov")]
    [InlineData("ｳｼｬｺﾌ", "ushakov")]
    [InlineData("김정은", "kim")]
    public void A_word_of_a_name_finds_it_whatever_its_case_accents_width_or_order(string query, string id)
    {
        Found(query).Should().Equal(id);
    }

    [Theory]
    [InlineData("Zelensky")]
    [InlineData("put")]
    [InlineData("Putin Poroshenko")]
    [InlineData("カザ")]
    [InlineData("")]
    [InlineData(" - ")]
    public void A_query_matches_only_whole_words_all_of_them_in_one_name_and_keeps_kana_voicing(string query)
    {
        Found(query).Should().BeEmpty();
    }

    [Fact]
    public void An_entity_with_several_matching_names_is_found_once_in_record_order()
    {
        Found("vladimir").Should().Equal("putin");
        Record.FindByName("o").Should().BeEmpty();
        Record.FindActorsByName("Петро").Should().ContainSingle().Which.Id.Value.Should().Be("poroshenko");
    }

    [Fact]
    public void A_whole_name_given_as_a_reference_is_looked_up_exactly_where_accents_and_words_count()
    {
        Record.FindByExactName("são  PAULO").Select(e => e.Reference.Id).Should().Equal("sao-paulo");
        Record.FindByExactName("Sao Paulo").Should().BeEmpty();
        Record.FindByExactName("Putin").Should().BeEmpty();
        Record.FindByExactName("Vladimir Putin").Select(e => e.Reference.Id).Should().Equal("putin");
    }

    [Fact]
    public void A_query_walks_only_the_names_of_its_rarest_word()
    {
        var record = new NegotiationRecord("many")
        {
            Actors = [.. Enumerable.Range(0, 5_000).Select(i => Person($"a{i}", new LocalizedName($"Common Person{i}", "en")))],
        };

        var found = RecordIndex.Of(record).FindByName("common person4321", out var examined);

        found.Should().ContainSingle().Which.Reference.Id.Should().Be("a4321");
        examined.Should().Be(1, "the query's rarest word is held by one name, not the 5,000 that share 'common'");
    }
}
