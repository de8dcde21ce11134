using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> entity)
    {
        entity.ToTable("lessons");
        entity.Property(l => l.Id).UseIdentityAlwaysColumn();
        entity.HasOne(l => l.Pairing).WithMany(p => p.Lessons).HasForeignKey(l => l.PairingId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(l => l.Session).WithMany(s => s.Lessons).HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(l => l.Teacher).WithMany(p => p.LessonsTaught).HasForeignKey(l => l.TeacherId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(l => l.Learner).WithMany(p => p.LessonsLearned).HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(l => l.Topic).WithMany().HasForeignKey(l => l.TopicId).OnDelete(DeleteBehavior.Restrict);
        entity.ConfigureVersioned();
    }
}
