using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class PairingStatusChangeConfiguration : IEntityTypeConfiguration<PairingStatusChange>
{
    public void Configure(EntityTypeBuilder<PairingStatusChange> entity)
    {
        entity.ToTable("pairing_status_changes");
        entity.Property(c => c.Id).UseIdentityAlwaysColumn();
        entity.Property(c => c.From).HasColumnName("from_status");
        entity.Property(c => c.To).HasColumnName("to_status");
        entity.Property(c => c.At).HasDefaultValueSql("now()");
        entity.HasOne(c => c.Pairing).WithMany(p => p.StatusHistory).HasForeignKey(c => c.PairingId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(c => c.By).WithMany().HasForeignKey(c => c.ByPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
