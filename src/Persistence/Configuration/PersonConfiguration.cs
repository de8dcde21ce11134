using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> entity)
    {
        entity.ToTable("people");
        entity.Property(p => p.Id).UseIdentityAlwaysColumn();
        entity.HasOne(p => p.Department).WithMany(d => d.People).HasForeignKey(p => p.DepartmentId);
        entity.ConfigureVersioned();
    }
}
