using System.Collections.Concurrent;

namespace MentorGraph.Api.Auth;

/// <summary>
/// The people recent viewers are (email → person id, or none), kept for <see cref="AuthSettings.ViewerCacheSeconds"/> so
/// that a signed-in request does not look its viewer up again: under load that lookup was one SQL statement in three of a
/// small query. One per process. <c>createPerson</c> and <c>updatePerson</c> forget the emails they give or take, so this
/// server sees such a change at once; another server (or <c>mentorgraph seed</c>) within the entry's lifetime. At most
/// <see cref="AuthSettings.ViewerCacheEntries"/> entries: when full, the expired ones go, and if that is not enough, all.
/// </summary>
public sealed class ViewerDirectory(AuthSettings settings, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Changes with every <see cref="Forget"/>: a lookup that began before one must not be remembered.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The person of <paramref name="email"/> (lower case) when it was looked up within the lifetime.</summary>
    public bool TryGet(string email, out long? personId)
    {
        if (settings.ViewerCacheSeconds > 0 && _entries.TryGetValue(email, out var entry) && entry.Until > clock.GetUtcNow())
        {
            personId = entry.PersonId;
            return true;
        }

        personId = null;
        return false;
    }

    /// <summary>Keeps what a lookup found, unless an email was forgotten since it began (<paramref name="generation"/>).</summary>
    public void Remember(string email, long? personId, long generation)
    {
        if (settings.ViewerCacheSeconds <= 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (_entries.Count >= settings.ViewerCacheEntries)
        {
            foreach (var (key, old) in _entries)
            {
                if (old.Until <= now)
                {
                    _entries.TryRemove(key, out _);
                }
            }

            if (_entries.Count >= settings.ViewerCacheEntries)
            {
                _entries.Clear();
            }
        }

        _entries[email] = new Entry(personId, now.AddSeconds(settings.ViewerCacheSeconds));
        if (Generation != generation)
        {
            _entries.TryRemove(email, out _);
        }
    }

    /// <summary>Drops what is known of <paramref name="email"/> (any case): a person was created with it, or it changed.</summary>
    public void Forget(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(email.ToLowerInvariant(), out _);
    }

    private sealed record Entry(long? PersonId, DateTimeOffset Until);
}
