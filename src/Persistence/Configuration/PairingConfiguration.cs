using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    public void Configure(EntityTypeBuilder<Pairing> entity)
    {
        entity.ToTable("pairings");
        entity.Property(p => p.Id).UseIdentityAlwaysColumn();
        entity.HasOne(p => p.Program).WithMany(p => p.Pairings).HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(p => p.Senior).WithMany(p => p.PairingsAsSenior).HasForeignKey(p => p.SeniorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(p => p.Junior).WithMany(p => p.PairingsAsJunior).HasForeignKey(p => p.JuniorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(p => p.ProposedBy).WithMany().HasForeignKey(p => p.ProposedById).OnDelete(DeleteBehavior.Restrict);
        entity.Property(p => p.ProposedAt).HasDefaultValueSql("now()");
        entity.ConfigureVersioned();
    }
}
