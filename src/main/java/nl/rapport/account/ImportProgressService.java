package nl.rapport.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import nl.rapport.platform.Instants;

/**
 * The progress of the screen's imports, each step committed at once (the import itself runs in its
 * own batches), so that a page polling from any node sees it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgressService {

  @PersistenceContext private EntityManager em;

  public void begin(UUID token, String user, long fileBytes) {
    // what an import that died left behind
    em.createQuery("delete from ImportProgress p where p.updatedAt < :before")
        .setParameter("before", Instants.now().minus(Duration.ofDays(1)))
        .executeUpdate();
    em.persist(new ImportProgress(token, user, fileBytes, Instants.now()));
  }

  public void advance(UUID token, long bytesRead, int rowsRead) {
    Optional.ofNullable(em.find(ImportProgress.class, token))
        .ifPresent(p -> p.advance(bytesRead, rowsRead, Instants.now()));
  }

  public void end(UUID token) {
    Optional.ofNullable(em.find(ImportProgress.class, token)).ifPresent(em::remove);
  }

  /** The progress of this user's import; another user's does not exist. */
  public Optional<ImportProgress> find(UUID token, String user) {
    return Optional.ofNullable(em.find(ImportProgress.class, token))
        .filter(p -> p.getStartedBy().equals(user));
  }
}
