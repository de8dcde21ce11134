using MentorGraph.Analytics.Artifacts;
using static MentorGraph.Api.Tests.Cli.ClassifierCommandFixture;

namespace MentorGraph.Api.Tests.Cli;

public class TrainAndEvaluateCommandTests(ClassifierCommandFixture fixture) : IClassFixture<ClassifierCommandFixture>
{
    [Fact]
    public void Train_WritesALoadableModelOfTheData()
    {
        var model = ModelArtifact.Load(fixture.ModelPath);
        Assert.Equal(48, model.Metadata.TrainingNotes);
        Assert.Equal(14, model.Metadata.Options.Features.HashBits);
    }

    [Fact]
    public async Task Train_InvalidRecords_AreReportedAndSkipped()
    {
        var data = Path.Combine(fixture.Directory, "mixed.jsonl");
        await File.WriteAllLinesAsync(data, [.. LabeledLines(), """{"id":"bad","text":"x","authorRole":"JUNIOR","topic":"gardening","direction":"UPWARD"}"""]);
        var output = Path.Combine(fixture.Directory, "mixed.mgnc");

        var (code, stdout, error) = await Run("train", "--data", data, "--out", output, "--hash-bits", "12", "--epochs", "2", "--direction-epochs", "2");

        Assert.Equal(0, code);
        Assert.Contains("\"id\":\"bad\"", error);
        Assert.Contains("INVALID_VALUE", error);
        Assert.Contains("trained on 48 notes", stdout);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public async Task Train_WithCv_RecordsCrossValidationInTheModel()
    {
        var output = Path.Combine(fixture.Directory, "cv.mgnc");

        var (code, stdout, _) = await Run("train", "--data", fixture.DataPath, "--out", output, "--cv", "3", "--hash-bits", "12");

        Assert.Equal(0, code);
        Assert.Contains("3-fold cross-validation", stdout);
        Assert.Equal(3, ModelArtifact.Load(output).Metadata.Metrics.CrossValidation!.Folds);
    }

    [Fact]
    public async Task Train_CharShareAndFlow_AreRecordedInTheModel()
    {
        var output = Path.Combine(fixture.Directory, "shares.mgnc");

        var (code, _, _) = await Run(
            "train", "--data", fixture.DataPath, "--out", output, "--hash-bits", "12", "--epochs", "2", "--direction-epochs", "2",
            "--char-share", "none", "--direction-char-share", "0.4", "--flow", "off");

        Assert.Equal(0, code);
        var options = ModelArtifact.Load(output).Metadata.Options;
        Assert.Null(options.TopicCharShare);
        Assert.Equal(0.4, options.DirectionCharShare);
        Assert.False(options.Features.FlowFeature);
    }

    [Theory]
    [InlineData("--char-share", "1.5")]
    [InlineData("--direction-char-share", "half")]
    [InlineData("--flow", "maybe")]
    public async Task Train_InvalidShareOrFlow_IsUsageErrorNamingTheOption(string option, string value)
    {
        var (code, _, error) = await Run("train", "--data", fixture.DataPath, "--out", Path.Combine(fixture.Directory, "x.mgnc"), option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, error);
    }

    [Fact]
    public async Task Train_MissingRequiredOptions_IsUsageError()
    {
        var (code, _, error) = await Run("train", "--data", fixture.DataPath);
        Assert.Equal(2, code);
        Assert.Contains("--out", error);
    }

    [Fact]
    public async Task Evaluate_PrintsAccuracyMacroF1PerClassAndConfusionMatrices()
    {
        var (code, output, _) = await Run("evaluate", "--data", fixture.DataPath, "--model", fixture.ModelPath);

        Assert.Equal(0, code);
        Assert.Contains("notes: 48", output);
        Assert.Matches(@"Topic: accuracy \d\.\d{4}, macro-F1 \d\.\d{4}", output);
        Assert.Matches(@"Direction: accuracy \d\.\d{4}, macro-F1 \d\.\d{4}", output);
        Assert.Contains("precision  recall     F1  support", output);
        Assert.Equal(2, output.Split("confusion matrix").Length - 1);
        Assert.Contains("productivity-tools", output);
    }

    [Fact]
    public async Task Evaluate_Cv_ReportsEveryFold()
    {
        var (code, output, _) = await Run("evaluate", "--data", fixture.DataPath, "--cv", "4", "--hash-bits", "12", "--epochs", "3");

        Assert.Equal(0, code);
        Assert.Contains("fold 4:", output);
        Assert.Contains("mean:", output);
    }

    [Fact]
    public async Task Evaluate_ConflictingOptions_AreUsageErrors()
    {
        Assert.Equal(2, (await Run("evaluate")).Code);
        Assert.Equal(2, (await Run("evaluate", "--corpus")).Code);
        Assert.Equal(2, (await Run("evaluate", "--data", fixture.DataPath, "--cv", "3", "--model", fixture.ModelPath)).Code);
    }
}
