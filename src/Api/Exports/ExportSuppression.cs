namespace MentorGraph.Api.Exports;

/// <summary>A row of an export before it is written: its size for the privacy rule and whether it is suppressed.</summary>
public interface ISuppressibleRow
{
    /// <summary>Fewer than k people or a count from 1 to k − 1: the row could point at a person.</summary>
    bool IsSmall(int k);

    /// <summary>What the row counts (notes and lessons): the complement chosen is the smallest visible row.</summary>
    int Size { get; }

    bool Suppressed { get; set; }
}

/// <summary>
/// The insights' privacy rule for flat exports, applied to one block of rows that share a period (the export buffers
/// one period at a time, so memory stays bounded): every small row is suppressed (its numbers empty, never zeros),
/// and then, along every line of the block given (e.g. all rows of a week, or all rows of a week with one topic),
/// a line holding exactly one suppressed row among counted rows gets its smallest visible row suppressed too —
/// else the suppressed one could be recovered by subtracting what is shown from that line's total, which other
/// insights (knowledgeFlow by week, trendingTopics) make public. Repeated until no line holds one suppressed row alone.
/// </summary>
public static class ExportSuppression
{
    public static void Apply<TRow>(IReadOnlyList<TRow> block, int k, IReadOnlyList<Func<TRow, object>> lines)
        where TRow : class, ISuppressibleRow
    {
        foreach (var row in block)
        {
            row.Suppressed = row.IsSmall(k);
        }

        if (!block.Any(r => r.Suppressed))
        {
            return;
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                foreach (var group in block.GroupBy(line))
                {
                    var suppressed = group.Count(r => r.Suppressed);
                    if (suppressed != 1)
                    {
                        continue;
                    }

                    var complement = group.Where(r => !r.Suppressed && r.Size > 0).OrderBy(r => r.Size).FirstOrDefault();
                    if (complement is not null)
                    {
                        complement.Suppressed = true;
                        changed = true;
                    }
                }
            }
        }
        while (changed);
    }
}
