package nl.rapport.engagement.recompute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who holds a cluster-wide job, until when (see {@link RecomputeRuns}). */
@Entity
@Table(name = "job_lease")
public class JobLease {

  @Id private String name;

  private UUID holder;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected JobLease() {}
}
