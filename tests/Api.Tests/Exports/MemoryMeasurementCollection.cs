namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// Tests that read the process's heap (<c>GC.GetTotalMemory</c>): xUnit runs this collection on its own, after the
/// parallel ones, so no other test's allocations are counted as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurements";
}
