using System.Text.Json;
using System.Text.Json.Serialization;
using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.Artifacts;

/// <summary>JSON form of <see cref="ModelMetadata"/> (camelCase, enums as names, fixed property order).</summary>
internal static class MetadataJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = false,
    };

    public static byte[] Serialize(ModelMetadata metadata) => JsonSerializer.SerializeToUtf8Bytes(metadata, Options);

    public static byte[] SerializeOptions(ClassifierOptions options) => JsonSerializer.SerializeToUtf8Bytes(options, Options);

    public static ModelMetadata Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<ModelMetadata>(json, Options) ?? throw new ModelFormatException("The model metadata is empty.");

    public static string ToIndentedString(ModelMetadata metadata) =>
        JsonSerializer.Serialize(metadata, new JsonSerializerOptions(Options) { WriteIndented = true });
}
