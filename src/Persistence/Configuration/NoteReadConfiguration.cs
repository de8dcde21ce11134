using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class NoteReadConfiguration : IEntityTypeConfiguration<NoteRead>
{
    public void Configure(EntityTypeBuilder<NoteRead> entity)
    {
        entity.ToTable("note_reads");
        entity.Property(r => r.Id).UseIdentityAlwaysColumn();
        entity.Property(r => r.ReadAt).HasDefaultValueSql("now()");
        entity.HasOne(r => r.Note).WithMany(n => n.Reads).HasForeignKey(r => r.NoteId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(r => r.Reader).WithMany().HasForeignKey(r => r.ReaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
