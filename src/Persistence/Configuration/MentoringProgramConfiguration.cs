using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class MentoringProgramConfiguration : IEntityTypeConfiguration<MentoringProgram>
{
    public void Configure(EntityTypeBuilder<MentoringProgram> entity)
    {
        entity.ToTable("programs");
        entity.Property(p => p.Id).UseIdentityAlwaysColumn();
        entity.ConfigureVersioned();
    }
}
