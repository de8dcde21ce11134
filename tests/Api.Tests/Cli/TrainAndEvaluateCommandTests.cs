using MentorGraph.Analytics.Artifacts;
using static MentorGraph.Api.Tests.Cli.ClassifierCommandFixture;

namespace MentorGraph.Api.Tests.Cli;

public class TrainAndEvaluateCommandTests(ClassifierCommandFixture fixture) : IClassFixture<ClassifierCommandFixture>
{
    [Fact]
    public void Train_WritesALoadableModelOfTheData()
    {
        var metadata = ModelPackage.ReadMetadata(fixture.ModelPath);
        Assert.Equal(48, metadata.TrainingNotes);
        Assert.Equal(14, metadata.Options.Features.HashBits);
        Assert.Equal("snowflake-arctic-embed-xs", metadata.EmbeddingModel);
        Assert.StartsWith("ML.NET ", metadata.Framework);
    }

    [Fact]
    public async Task Train_InvalidRecords_AreReportedAndSkipped()
    {
        var data = Path.Combine(fixture.Directory, "mixed.jsonl");
        await File.WriteAllLinesAsync(data, [.. LabeledLines(), """{"id":"bad","text":"x","authorRole":"JUNIOR","topic":"gardening","direction":"UPWARD"}"""]);
        var output = Path.Combine(fixture.Directory, "mixed.zip");

        var (code, stdout, error) = await Run("train", "--data", data, "--out", output, "--hash-bits", "12", "--embedding-share", "0");

        Assert.Equal(0, code);
        Assert.Contains("\"id\":\"bad\"", error);
        Assert.Contains("INVALID_VALUE", error);
        Assert.Contains("trained on 48 notes", stdout);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public async Task Train_WithCv_RecordsCrossValidationInTheModel()
    {
        var output = Path.Combine(fixture.Directory, "cv.zip");

        var (code, stdout, _) = await Run("train", "--data", fixture.DataPath, "--out", output, "--cv", "3", "--hash-bits", "12", "--embedding-share", "0");

        Assert.Equal(0, code);
        Assert.Contains("3-fold cross-validation", stdout);
        Assert.Equal(3, ModelPackage.ReadMetadata(output).Metrics.CrossValidation!.Folds);
    }

    [Fact]
    public async Task Train_CharShareFlowAndTeachingClauses_AreRecordedInTheModel()
    {
        var output = Path.Combine(fixture.Directory, "shares.zip");

        var (code, _, _) = await Run(
            "train", "--data", fixture.DataPath, "--out", output, "--hash-bits", "12", "--embedding-share", "0",
            "--char-share", "none", "--direction-char-share", "0.4", "--flow", "off", "--teaching-clauses", "off");

        Assert.Equal(0, code);
        var options = ModelPackage.ReadMetadata(output).Options;
        Assert.Null(options.TopicCharShare);
        Assert.Equal(0.4, options.DirectionCharShare);
        Assert.False(options.Features.FlowFeature);
        Assert.False(options.Features.TeachingClauses);
    }

    [Fact]
    public async Task Train_L2AndEmbeddingOptions_AreRecordedInTheModel()
    {
        var output = Path.Combine(fixture.Directory, "l2.zip");

        var (code, _, _) = await Run(
            "train", "--data", fixture.DataPath, "--out", output, "--hash-bits", "12", "--l2", "0.001", "--direction-l2", "0.01",
            "--embedding-l2", "0.5", "--embedding-share", "0.4");

        Assert.Equal(0, code);
        var metadata = ModelPackage.ReadMetadata(output);
        Assert.Equal(0.001f, metadata.Options.TopicTrainer.L2);
        Assert.Equal(0.01f, metadata.Options.DirectionTrainer.L2);
        Assert.Equal(0.5f, metadata.Options.EmbeddingTrainer.L2);
        Assert.Equal(0.4, metadata.Options.EmbeddingShare);
        Assert.Equal("snowflake-arctic-embed-xs", metadata.EmbeddingModel);
    }

    [Theory]
    [InlineData("--embedding-share", "1")]
    [InlineData("--char-share", "1.5")]
    [InlineData("--direction-char-share", "half")]
    [InlineData("--flow", "maybe")]
    [InlineData("--teaching-clauses", "yes")]
    public async Task Train_InvalidShareOrFlow_IsUsageErrorNamingTheOption(string option, string value)
    {
        var (code, _, error) = await Run("train", "--data", fixture.DataPath, "--out", Path.Combine(fixture.Directory, "x.zip"), option, value);

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
        var (code, output, _) = await Run("evaluate", "--data", fixture.DataPath, "--cv", "4", "--hash-bits", "12", "--embedding-share", "0");

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
