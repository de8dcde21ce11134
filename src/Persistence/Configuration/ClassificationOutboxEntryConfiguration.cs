using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class ClassificationOutboxEntryConfiguration : IEntityTypeConfiguration<ClassificationOutboxEntry>
{
    public void Configure(EntityTypeBuilder<ClassificationOutboxEntry> entity)
    {
        entity.ToTable("classification_outbox");
        entity.Property(o => o.Id).UseIdentityAlwaysColumn();
        entity.Property(o => o.CreatedAt).HasDefaultValueSql("now()");
        entity.HasOne(o => o.Note).WithMany().HasForeignKey(o => o.NoteId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(o => new { o.Priority, o.CreatedAt, o.Id }).HasDatabaseName("classification_outbox_claim");
        entity.HasIndex(o => o.NoteId).HasDatabaseName("classification_outbox_note");
    }
}
