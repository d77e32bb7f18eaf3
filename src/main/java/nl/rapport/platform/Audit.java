package nl.rapport.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Who changed what, when: written in the same transaction as the change itself. */
@Stateless
public class Audit {

  @PersistenceContext private EntityManager em;

  public void record(String actor, String action, String entityType, UUID entityId, String detail) {
    em.persist(new AuditEntry(Instants.now(), actor, action, entityType, entityId, detail));
  }
}
