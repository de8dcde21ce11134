using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Features;

/// <summary>
/// Which way the participants follow each other in the note's sentences: "[junior] showed [senior] …"
/// is a mention of the junior followed by one of the senior (junior → senior). A note whose sentences
/// only ever go one way reads differently from one that goes both ways (an exchange), and a linear
/// model cannot tell "only one way" from the two-way n-grams alone, so the note gets one feature for
/// its flow. It is a feature of the whole note (<see cref="NoteLevelFeatures"/>, whose first three
/// features are the flows, indexed by <see cref="Of"/>'s result − 1).
/// </summary>
internal static class LearningFlow
{
    /// <summary>0 when no sentence mentions both participants one after the other; 1 junior → senior only;
    /// 2 senior → junior only; 3 both ways.</summary>
    public static int Of(NoteTokens note)
    {
        var flow = 0;
        foreach (var sentence in note.Sentences)
        {
            var previous = 0; // 1 junior, 2 senior
            foreach (var word in sentence)
            {
                if (!RoleTokens.IsRoleToken(word))
                {
                    continue;
                }

                var role = word == RoleTokens.Junior ? 1 : word == RoleTokens.Senior ? 2 : 0;
                if (role == 0)
                {
                    continue;
                }

                if (previous != 0 && previous != role)
                {
                    flow |= previous;
                }

                previous = role;
            }
        }

        return flow;
    }
}
