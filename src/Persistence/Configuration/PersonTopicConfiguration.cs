using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class PersonCanTeachConfiguration : IEntityTypeConfiguration<PersonCanTeach>
{
    public void Configure(EntityTypeBuilder<PersonCanTeach> entity)
    {
        entity.ToTable("person_can_teach");
        entity.HasKey(t => new { t.PersonId, t.TopicId });
        entity.HasOne(t => t.Person).WithMany(p => p.CanTeach).HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonWantsToLearnConfiguration : IEntityTypeConfiguration<PersonWantsToLearn>
{
    public void Configure(EntityTypeBuilder<PersonWantsToLearn> entity)
    {
        entity.ToTable("person_wants_to_learn");
        entity.HasKey(t => new { t.PersonId, t.TopicId });
        entity.HasOne(t => t.Person).WithMany(p => p.WantsToLearn).HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}
