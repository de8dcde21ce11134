using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Persistence.Configuration;

internal sealed class SessionFeedbackConfiguration : IEntityTypeConfiguration<SessionFeedback>
{
    public void Configure(EntityTypeBuilder<SessionFeedback> entity)
    {
        entity.ToTable("session_feedback");
        entity.Property(f => f.Id).UseIdentityAlwaysColumn();
        entity.Property(f => f.CreatedAt).HasDefaultValueSql("now()");
        entity.HasOne(f => f.Session).WithMany(s => s.Feedback).HasForeignKey(f => f.SessionId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(f => f.Author).WithMany().HasForeignKey(f => f.AuthorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(f => new { f.SessionId, f.AuthorId }).IsUnique().HasDatabaseName("session_feedback_one_per_author");
    }
}
