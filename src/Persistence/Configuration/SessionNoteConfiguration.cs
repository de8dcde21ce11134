using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class SessionNoteConfiguration : IEntityTypeConfiguration<SessionNote>
{
    public void Configure(EntityTypeBuilder<SessionNote> entity)
    {
        entity.ToTable("session_notes");
        entity.Property(n => n.Id).UseIdentityAlwaysColumn();
        entity.HasOne(n => n.Session).WithMany(s => s.Notes).HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(n => n.Author).WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(n => n.Topic).WithMany().HasForeignKey(n => n.TopicId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(n => new { n.SessionId, n.AuthorId }).IsUnique().HasDatabaseName("session_notes_one_per_author");
        entity.Property(n => n.TextSha256).HasComputedColumnSql("note_text_sha256(text)", stored: true);
        entity.ConfigureVersioned();
    }
}
