using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal static class VersionedConfiguration
{
    /// <summary>
    /// <c>version</c> as the concurrency token (updates run <c>WHERE version = the one read</c>), and the
    /// timestamps the database fills on insert (<c>DEFAULT now()</c>) and the context stamps on update.
    /// </summary>
    public static void ConfigureVersioned<T>(this EntityTypeBuilder<T> entity)
        where T : class, IVersioned
    {
        entity.Property(e => e.Version).IsConcurrencyToken();
        entity.Property<DateTimeOffset>("CreatedAt").HasDefaultValueSql("now()");
        entity.Property(e => e.UpdatedAt).HasDefaultValueSql("now()");
    }
}
