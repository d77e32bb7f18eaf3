package nl.rapport.relationship;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** The recorded history of relationship types. Access is checked by the caller's account lookup. */
@Stateless
public class RelationshipService {

  @PersistenceContext private EntityManager em;

  /** Oldest first. */
  public List<RelationshipTransition> history(UUID accountId) {
    return em.createQuery(
            "select t from RelationshipTransition t where t.accountId = :account order by t.at, t.id",
            RelationshipTransition.class)
        .setParameter("account", accountId)
        .getResultList();
  }
}
