using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class NoteLabelConfiguration : IEntityTypeConfiguration<NoteLabel>
{
    public void Configure(EntityTypeBuilder<NoteLabel> entity)
    {
        entity.ToTable("note_labels");
        entity.Property(l => l.Id).UseIdentityAlwaysColumn();
        entity.Property(l => l.LabelledAt).HasDefaultValueSql("now()");
        entity.HasOne(l => l.Note).WithMany().HasForeignKey(l => l.NoteId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Topic>().WithMany().HasForeignKey(l => l.TopicId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Person>().WithMany().HasForeignKey(l => l.LabelledById).OnDelete(DeleteBehavior.Restrict);
    }
}
