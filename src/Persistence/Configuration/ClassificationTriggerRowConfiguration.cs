using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class ClassificationTriggerRowConfiguration : IEntityTypeConfiguration<ClassificationTriggerRow>
{
    public void Configure(EntityTypeBuilder<ClassificationTriggerRow> entity)
    {
        entity.ToTable("classification_triggers");
        entity.HasKey(t => t.Priority);
        entity.Property(t => t.Priority).ValueGeneratedNever();
    }
}
