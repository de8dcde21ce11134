namespace MentorGraph.Api.Cli.Classifier;

/// <summary>
/// Training refuses some input outright (no notes, a note of the development set, which is for measuring
/// only): Analytics says so with an <see cref="ArgumentException"/>, which the command reports as a failure
/// in the trainer's own words, without .NET's "(Parameter 'notes')".
/// </summary>
internal static class TrainingRefusals
{
    public static T Guard<T>(Func<T> train)
    {
        try
        {
            return train();
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new CommandFailedException(message);
        }
    }
}
