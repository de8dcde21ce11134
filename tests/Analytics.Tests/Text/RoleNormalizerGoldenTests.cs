using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Text;

/// <summary>
/// Pins the exact output of <see cref="RoleNormalizer.Normalize"/> (every sentence and token) for the
/// corpus, the shared development set and hand-picked edge inputs, under every combination of options,
/// so a faster implementation cannot change what the models see. The digests were recorded from the
/// implementation before the tokenizer was rewritten (the corpus digests again, with that old
/// implementation, when 510 notes were added to the corpus; with the current one when 120 more were,
/// the normalizer unchanged, as the development-set and edge digests show); on an intended change of output, the
/// failure message shows the new lines to record. Any change to the corpus changes its digests.
/// </summary>
public class RoleNormalizerGoldenTests
{
    private static readonly string[] CorpusDigests =
    [
        "third=True,they=False,marker=None 790a64d6752d23d93bcbb1932f0dc713cd1861352d390af73de8fd5b31a82481",
        "third=True,they=False,marker=NoteStart 3dfc005b33c24391739b474975dc681bce9f1d6e86b1aeb5cad42fd5930c07cd",
        "third=True,they=False,marker=SentenceStart f003809d42b41b8ce60d2355f3e34a26a40b3a8f739807de7cb8dba67d0e3516",
        "third=True,they=True,marker=None ef87f30ca469b0720abf93cc0c035a2e3bfed524de35699435aa371bedd4c840",
        "third=True,they=True,marker=NoteStart d669a7fbb54465543a6054f52d70bed232383599b9324880115d070d972bece4",
        "third=True,they=True,marker=SentenceStart be5a0461a4186453e445b7ed4e3cffed7f81750f838da75117f44bdaa6b3ff2d",
        "third=False,they=False,marker=None bf88a2062de6f149fcf222260c9948c1ade1d914ee1ee48e4878857df4c246de",
        "third=False,they=False,marker=NoteStart 88a696870cd353f2b295796e059ce02fce8409d225451f3fc91d3827c63cc9d5",
        "third=False,they=False,marker=SentenceStart 37cd6fdba18b92c8f34df3a478b0d2a95c5d8d2784112df4b4fea28e46ab9033",
        "third=False,they=True,marker=None 8e2c0bfbf4bd0cc62cee508a6a6aa9dc77c6bb370bf7a810c25650166f887ac1",
        "third=False,they=True,marker=NoteStart e15371bbc7c9464b7ed64481a6af180061da907b1292c60a964c7b10562dc6bf",
        "third=False,they=True,marker=SentenceStart aca82a09d9978aa3bbe6a52260cf45674e0530144062fa3575f01086d8950476",
    ];

    private static readonly string[] DevSetDigests =
    [
        "third=True,they=False,marker=None 3b1abb11ccd5fdbbc2cb42a61fa2f4b65719c617a17b9651472298017d46eb4b",
        "third=True,they=False,marker=NoteStart 40f469499bd1f05165e54f8341b8ceb467db865f14b7db64316fce005c03b876",
        "third=True,they=False,marker=SentenceStart 5505bc4a7319efd934beb1ae8d74970524de44b5eadb1f19b655e5dba3aaf4c0",
        "third=True,they=True,marker=None e449f2c24bda91ffd012373ba04f13b0dca83846afe942d95895f82d4eac2ff1",
        "third=True,they=True,marker=NoteStart 55312edab4af366e3064732858a83ee425e4e39962cb15466c337d7608ed2ba6",
        "third=True,they=True,marker=SentenceStart 1a6ddb68a8c3b381eee05229b5582e5924709a3ae6a0b4526601e272ed3eb41c",
        "third=False,they=False,marker=None 48a44df070ce648f7a5f3e151dd64cbd1d2fa638754633209f66c5287765544a",
        "third=False,they=False,marker=NoteStart 0b5b36b8d9844ee8bf7f925c52854ddcd2018af74934e9be170f25b672ded330",
        "third=False,they=False,marker=SentenceStart 951927794400569da42a04a4cbe6df368decc4222c1e95157b56a1e93fedeba5",
        "third=False,they=True,marker=None 8a2cae4e737a18623de8adbfb7d4e1491358dc370865f35dc8ba3e8222b5c09e",
        "third=False,they=True,marker=NoteStart 1b77df2d82deac99a2ed4bdc97cff60a03e7150164aa3eba167c300ad0ed8a70",
        "third=False,they=True,marker=SentenceStart 486873dfa725722eaa5810240a93aa6a6afeae1695eb9ff9d29e2760b3e9cd01",
    ];

    private static readonly string[] EdgeInputDigests =
    [
        "third=True,they=False,marker=None 5eb91e9054e7299fd554d09892ee023884d1aef4574a9ca859f4107d485c0d5f",
        "third=True,they=False,marker=NoteStart 9c6dae1f3334de5a369160894bff1006f65874f40d6e27a0639d236393e0c0bb",
        "third=True,they=False,marker=SentenceStart 5b3b2de7150297a826983d3e13ffa57762db4931a7f90167abcb9da192f202d6",
        "third=True,they=True,marker=None 08436485fc4816f1fc0307a3cfff7f5bbdfa24d5b985301d2914ff31f3d9b47f",
        "third=True,they=True,marker=NoteStart 245c3fdcef0c3c4ddbd0bd01afd18f089fbb45e0bc1d0f2cf4f3916618cc34c7",
        "third=True,they=True,marker=SentenceStart 820e59f3b52d2cc722ce8d750c4c22452e7574c02455aa5f9bf8eb67c04a6421",
        "third=False,they=False,marker=None 86a2d1441ebae2e1bab2f42e43b486d583d91e488e07f08622740d4a7c95a2c1",
        "third=False,they=False,marker=NoteStart 5fcc6c07f927cad3f6ea704b0d03f917465dc52dfc737966c06107e33dc48975",
        "third=False,they=False,marker=SentenceStart 3a1674211e0c15c7534cc3244a9f929b9e08bef837fd947dc7c66b76bec9b210",
        "third=False,they=True,marker=None 5d9aba273130e1bbc377f7dfda257939f35955f403655192c84dad8b283312d4",
        "third=False,they=True,marker=NoteStart 20843a99ce7ec2b319c9ce0098d8cdd671221aefef96dcc4ec9dac134abcbbc7",
        "third=False,they=True,marker=SentenceStart e979b1caa9eb5a5d9c73a0b4032c174ce1f76c79fb3d902de4a02145907ae71f",
    ];

    [Fact]
    public void Normalize_EveryCorpusNote_UnderEveryOptionSet_MatchesRecordedDigests()
    {
        AssertDigests(CorpusDigests, NormalizationGolden.CorpusNotes());
    }

    [Fact]
    public void Normalize_EveryDevSetNote_UnderEveryOptionSet_MatchesRecordedDigests()
    {
        AssertDigests(DevSetDigests, NormalizationGolden.DevNotes());
    }

    [Fact]
    public void Normalize_EdgeInputs_UnderEveryOptionSet_MatchRecordedDigests()
    {
        AssertDigests(EdgeInputDigests, NormalizationGolden.EdgeNotes());
    }

    [Fact]
    public void Normalize_EdgeInputs_WithoutMarkers_GiveTheirRecordedForm()
    {
        var longWord = new string('a', 300);
        string[] expected =
        [
            "",
            "",
            "showed [senior] how it works then [junior] 's notes | [senior] agreed",
            "then [junior] showed [senior] the deck and [junior] liked it",
            "[junior] showed [senior] the deck | [senior] agreed",
            "[junior] met [senior] 's team | [junior] 's idea won | [junior] agreed",
            $"a {longWord} word and [senior] too | {longWord}{longWord}",
            "revenue grew 3 5 % to $ 1 2m in q3 | costs fell 10 0 points 4 | then 7",
            "e g | the mr [senior] case [senior] e | fine | dr [junior] vs mr [senior] | approx 3 hrs | ms [junior] and mrs [senior]",
            "[junior] 's idea [senior] 'd say | [senior] 'm sure we 'll see | they 're right you 've seen | [senior] 'd say | [senior] 's [senior]",
            "buy now pay later self serve and [junior] or [senior] [junior]",
            "% $ € £ & # @ + 50 50 a + b c # [senior] & [junior] 100 € £ 5 x y",
            "first line | second line by [senior] | third | fourth | fifth",
            "quoted words rock n roll [junior] and [senior] and o'clock",
            "[senior] met [senior] 's team and [senior]",
            "[senior] and [junior] met | mei asked [senior] and [senior] asked [junior]",
            "[senior] met alex and [junior] | [senior] [junior]",
            "j | r | [senior] asked j and r about [senior]",
            "[senior] showed [senior] the deck then [senior]",
            "[junior] showed [senior] [junior] 's deck and they liked their idea themselves",
            "[senior] showed [junior] [senior] 's",
            "[senior] [junior] [senior]",
            "[junior] met [senior] at 東京 and ٣ apps | [senior] agreed",
            "strase and tor istanbul and ii ǆemal and ouvre s and t",
            "jose and and bc with iphone and mcdonald",
            "node js and amazon com | end | really | yes",
            "[junior] will mark [senior] 's work | [senior] will",
            "[junior] [junior] and [junior] 's [junior] 's | [senior] [senior] [senior] [senior] 's themself theirs",
        ];
        var options = new RoleNormalizationOptions { AuthorMarker = AuthorMarkerPlacement.None };

        var actual = NormalizationGolden.EdgeNotes().Select(note => RoleNormalizer.Normalize(note, options).ToString()).ToArray();

        Assert.Equal(expected, actual);
    }

    private static void AssertDigests(string[] expected, IReadOnlyList<Note> notes)
    {
        Assert.NotEmpty(notes);
        var actual = NormalizationGolden.OptionSets()
            .Select(set => $"{set.Name} {NormalizationGolden.Digest(notes, set.Options)}")
            .ToArray();
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }
}
