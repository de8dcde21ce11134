using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> entity)
    {
        entity.ToTable("sessions");
        entity.Property(s => s.Id).UseIdentityAlwaysColumn();
        entity.HasOne(s => s.Pairing).WithMany(p => p.Sessions).HasForeignKey(s => s.PairingId).OnDelete(DeleteBehavior.Restrict);
        entity.ConfigureVersioned();
    }
}
