using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MentorGraph.Persistence.Configuration;

/// <summary>
/// Writes every <see cref="DateTimeOffset"/> as UTC. Npgsql refuses to write a <c>timestamptz</c> from an
/// offset other than zero; callers pass times as clients give them (<c>+02:00</c>), so they are converted
/// here, once, instead of at every call site. Read values are UTC already.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
