namespace MentorGraph.Api.Configuration;

/// <summary>
/// A setting is missing, malformed or out of range. The message names every bad key (<c>Server:Urls</c>)
/// and, where known, where its value came from; the program prints it and stops before doing any work.
/// </summary>
public sealed class SettingsException(string message, Exception? innerException = null) : InvalidOperationException(message, innerException);
