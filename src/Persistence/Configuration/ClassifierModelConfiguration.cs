using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class ClassifierModelConfiguration : IEntityTypeConfiguration<ClassifierModel>
{
    public void Configure(EntityTypeBuilder<ClassifierModel> entity)
    {
        entity.ToTable("classifier_models");
        entity.HasKey(m => m.Version);
        entity.Property(m => m.Metadata).HasColumnType("jsonb");
        entity.Property(m => m.PackageSha256).HasColumnName("package_sha256");
        entity.Property(m => m.DevTopicMacroF1).HasColumnName("dev_topic_macro_f1");
        entity.Property(m => m.HeldOutTopicMacroF1).HasColumnName("held_out_topic_macro_f1");
        entity.Property(m => m.PersonLabels).HasDefaultValue(0);
        entity.Property(m => m.CreatedAt).HasDefaultValueSql("now()");
        entity.HasOne<ClassifierModel>().WithMany().HasForeignKey(m => m.ComparedWith).OnDelete(DeleteBehavior.Restrict);
    }
}
