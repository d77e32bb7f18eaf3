package nl.rapport.relationship;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.Reframed;

/**
 * The recorded history of relationship types: every {@link Reframed} change of an account is kept,
 * in the transaction of the change. Access is checked by the caller's account lookup.
 */
@Stateless
public class RelationshipService {

  @PersistenceContext private EntityManager em;

  /** Keeps the change as history; it rolls back with the change if that fails. */
  public void record(@Observes Reframed change) {
    em.persist(new RelationshipTransition(change));
  }

  /** Oldest first. */
  public List<RelationshipTransition> history(UUID accountId) {
    return em.createQuery(
            "select t from RelationshipTransition t where t.accountId = :account order by t.at, t.id",
            RelationshipTransition.class)
        .setParameter("account", accountId)
        .getResultList();
  }
}
