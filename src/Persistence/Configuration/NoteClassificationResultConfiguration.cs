using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class NoteClassificationResultConfiguration : IEntityTypeConfiguration<NoteClassificationResult>
{
    public void Configure(EntityTypeBuilder<NoteClassificationResult> entity)
    {
        entity.ToTable("note_classifications");
        entity.HasKey(c => new { c.NoteId, c.ModelVersion, c.TextSha256 });
        entity.Property(c => c.TopicsJson).HasColumnName("topics").HasColumnType("jsonb");
        entity.Property(c => c.EvidenceJson).HasColumnName("evidence").HasColumnType("jsonb");
        entity.Property(c => c.ClassifiedAt).HasDefaultValueSql("now()");
        entity.HasOne(c => c.Note).WithMany().HasForeignKey(c => c.NoteId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Topic>().WithMany().HasForeignKey(c => c.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}
