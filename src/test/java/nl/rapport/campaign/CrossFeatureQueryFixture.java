package nl.rapport.campaign;

import jakarta.persistence.EntityManager;
import nl.rapport.account.Account;

/**
 * Breaks the query rule on purpose (campaign querying account's entity, by type and in JPQL):
 * ArchitectureTest shows that the rule catches it. Never deployed: it is a test class.
 */
class CrossFeatureQueryFixture {

  private EntityManager em;

  long accounts() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  Object typed() {
    return em.getCriteriaBuilder().createQuery(Account.class).from(Account.class);
  }
}
