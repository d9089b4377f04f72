using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Indexing;

namespace NegotiationModel.Tests.Indexing;

/// <summary>The laws of the words names are searched by (<see cref="NameTokens"/>).</summary>
public sealed class NameTokensPropertyTest
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàéîõüçñÅØłßæœ абвгдеёжзийклмнопрстуфхцчшщъыьэюяЁЙЇІЄαβγδεζηθικλμνξοπρσςτυφχψωΆΈ";
    private const string Marks = "\u0300\u0301\u0302\u0303\u0308\u030A\u030C\u0327";

    private static readonly Gen<string> Names = Gen.Char[Letters + " -,.'"].Array[1, 24].Select(chars => new string(chars));

    private static readonly Gen<string> Words = Gen.Char[Letters.Replace(" ", string.Empty, StringComparison.Ordinal)].Array[1, 10].Select(chars => new string(chars));

    [Fact]
    public void Folding_is_idempotent_and_ignores_case()
    {
        Names.Sample(
            name =>
            {
                var tokens = NameTokens.Of(name);
                NameTokens.Of(string.Join(' ', tokens)).Should().Equal(tokens);
                NameTokens.Of(name.ToUpperInvariant()).Should().Equal(NameTokens.Of(name.ToLowerInvariant()));
            },
            iter: 2_000);
    }

    [Fact]
    public void Accents_added_to_latin_greek_or_cyrillic_letters_change_no_word()
    {
        Gen.Select(Words, Gen.Char[Marks].Array[0, 3], Gen.Int[0, 9]).Sample(
            (word, marks, at) =>
            {
                var position = Math.Min(at, word.Length - 1) + 1;
                NameTokens.Of(word.Insert(position, new string(marks))).Should().Equal(NameTokens.Of(word));
            },
            iter: 2_000);
    }

    [Fact]
    public void Every_word_of_every_name_finds_its_entity()
    {
        Names.Array[1, 6].Sample(
            names =>
            {
                var record = new NegotiationRecord("t")
                {
                    Actors = [.. names.Select((name, i) => new Actor(new ActorId($"a{i}"), ActorKind.Person, [new LocalizedName(name.Trim().Length == 0 ? "x" : name, "en")]))],
                };

                foreach (var actor in record.Actors)
                {
                    var name = actor.Names[0].Text;
                    foreach (var word in NameTokens.Of(name).Prepend(name).Append(string.Join(' ', NameTokens.Of(name).AsEnumerable().Reverse())))
                    {
                        if (NameTokens.Of(word).Count > 0)
                        {
                            record.FindByName(word).Should().Contain(actor);
                        }
                    }
                }
            },
            iter: 300);
    }
}
