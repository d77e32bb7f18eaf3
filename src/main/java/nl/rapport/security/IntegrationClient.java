package nl.rapport.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A system that calls the API with OAuth 2.0 client credentials. Its secret is kept as a SHA-256
 * digest: the secret is 256 random bits, so there is no dictionary to try and a slow hash would
 * only slow the token endpoint down.
 */
@Entity
@Table(name = "integration_client")
public class IntegrationClient {

  @Id private UUID id;

  @Column(name = "client_id", nullable = false, unique = true)
  private String clientId;

  @Column(nullable = false)
  private String name;

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Column(nullable = false)
  private String scopes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Version private long version;

  protected IntegrationClient() {}

  IntegrationClient(
      String clientId, String name, String secret, Set<String> scopes, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.clientId = clientId;
    this.name = name;
    this.secretHash = digest(secret);
    this.scopes = Scopes.format(scopes);
    this.createdBy = by;
    this.createdAt = at;
  }

  /** Stops the client: no new tokens, and the ones it holds are refused from now on. */
  void revoke(String by, Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
      revokedBy = by;
    }
  }

  boolean isActive() {
    return revokedAt == null;
  }

  /** Whether this is the client's secret, compared in constant time. */
  boolean opensWith(String secret) {
    return MessageDigest.isEqual(
        secretHash.getBytes(StandardCharsets.US_ASCII),
        digest(secret).getBytes(StandardCharsets.US_ASCII));
  }

  static String digest(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public UUID getId() {
    return id;
  }

  public String getClientId() {
    return clientId;
  }

  public String getName() {
    return name;
  }

  public Set<String> getScopes() {
    return Scopes.known(scopes);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Optional<Instant> getRevokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public String getRevokedBy() {
    return revokedBy;
  }
}
