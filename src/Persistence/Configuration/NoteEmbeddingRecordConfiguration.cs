using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class NoteEmbeddingRecordConfiguration : IEntityTypeConfiguration<NoteEmbeddingRecord>
{
    public void Configure(EntityTypeBuilder<NoteEmbeddingRecord> entity)
    {
        entity.ToTable("note_embeddings");
        entity.HasKey(e => new { e.NoteId, e.Encoder });
        entity.HasOne<SessionNote>().WithMany().HasForeignKey(e => e.NoteId).OnDelete(DeleteBehavior.Cascade);
    }
}
