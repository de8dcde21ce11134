using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MentorGraph.Analytics.Retraining;

/// <summary>
/// Splits person-labelled notes into the part a challenger trains on and the part both models are
/// judged on. Grouped: a group (a session) is wholly on one side. Deterministic and stable: a group's
/// side follows from a SHA-256 of its key alone, not from the other notes or their order — so as labels
/// accumulate, a held-out note stays held out and no later challenger trains on the notes the earlier
/// comparisons judged on.
/// </summary>
public static class HeldOutSplit
{
    /// <summary>
    /// About one group in <paramref name="oneIn"/> is held out (default 5: a fifth).
    /// </summary>
    public static (IReadOnlyList<PersonLabeledNote> Training, IReadOnlyList<PersonLabeledNote> HeldOut) Split(
        IReadOnlyList<PersonLabeledNote> notes, int oneIn = 5)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentOutOfRangeException.ThrowIfLessThan(oneIn, 2);
        var training = new List<PersonLabeledNote>();
        var heldOut = new List<PersonLabeledNote>();
        foreach (var note in notes)
        {
            (IsHeldOut(note.Group, oneIn) ? heldOut : training).Add(note);
        }

        return (training, heldOut);
    }

    /// <summary>Whether the notes of <paramref name="group"/> are held out.</summary>
    public static bool IsHeldOut(string group, int oneIn = 5)
    {
        ArgumentNullException.ThrowIfNull(group);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("held-out|" + group), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash) % (ulong)oneIn == 0;
    }
}
