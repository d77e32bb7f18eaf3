package nl.rapport.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Instants;
import nl.rapport.platform.RapportException;

/** Integration clients: made and revoked by administrators, checked by the token endpoint. */
@Stateless
public class IntegrationClientService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller currentCaller;
  @Inject private Audit audit;

  /** A new client and its secret, which is shown this once and kept only as a digest. */
  public record Created(IntegrationClient client, String secret) {}

  private Caller admin() {
    return currentCaller.requireAnyOf(
        "Integration clients are managed by administrators.", Role.ADMIN);
  }

  public Created create(String name, Set<String> scopes) {
    Caller caller = admin();
    if (scopes.isEmpty()) {
      throw RapportException.invalid("scopes", "give the client at least one scope");
    }
    byte[] secretBytes = new byte[32];
    RANDOM.nextBytes(secretBytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
    IntegrationClient client =
        new IntegrationClient(
            clientIdFor(name), name.strip(), secret, scopes, caller.username(), Instants.now());
    em.persist(client);
    audit.record(
        caller.username(),
        "CREATE",
        "IntegrationClient",
        client.getId(),
        client.getClientId() + " " + Scopes.format(scopes));
    return new Created(client, secret);
  }

  /** A readable, unique id: the name's letters and a random tail ("erp-sync-3f9a0c1d"). */
  static String clientIdFor(String name) {
    String slug =
        name.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40).replaceAll("-+$", "");
    }
    byte[] tail = new byte[4];
    RANDOM.nextBytes(tail);
    return (slug.isEmpty() ? "client" : slug) + "-" + HexFormat.of().formatHex(tail);
  }

  public List<IntegrationClient> list() {
    admin();
    return em.createQuery(
            "select c from IntegrationClient c order by c.createdAt desc, c.id",
            IntegrationClient.class)
        .getResultList();
  }

  /** Revokes at once: the token endpoint refuses it and every API call checks it. Idempotent. */
  public IntegrationClient revoke(UUID id) {
    Caller caller = admin();
    IntegrationClient client =
        Optional.ofNullable(em.find(IntegrationClient.class, id))
            .orElseThrow(() -> RapportException.notFound("Integration client " + id));
    if (client.isActive()) {
      client.revoke(caller.username(), Instants.now());
      audit.record(
          caller.username(), "REVOKE", "IntegrationClient", client.getId(), client.getClientId());
    }
    return client;
  }

  /** The active client with this id and secret; empty for anything else. */
  public Optional<IntegrationClient> authenticate(String clientId, String secret) {
    Optional<IntegrationClient> client = byClientId(clientId);
    // the digest is computed either way: an unknown id answers as a wrong secret does
    boolean opens = client.map(c -> c.opensWith(secret)).orElse(false);
    IntegrationClient.digest(secret);
    return client.filter(c -> opens && c.isActive());
  }

  /** Whether tokens issued to this client still count (it exists and is not revoked). */
  public boolean isActive(String clientId) {
    return byClientId(clientId).map(IntegrationClient::isActive).orElse(false);
  }

  private Optional<IntegrationClient> byClientId(String clientId) {
    return em.createQuery(
            "select c from IntegrationClient c where c.clientId = :id", IntegrationClient.class)
        .setParameter("id", clientId)
        .getResultStream()
        .findFirst();
  }
}
