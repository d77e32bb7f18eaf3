package nl.rapport.brand;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Instants;
import nl.rapport.platform.RapportException;
import nl.rapport.security.Caller;
import nl.rapport.security.CurrentCaller;
import nl.rapport.security.Role;

/**
 * The brand's declared values and the values competitors claim. Everyone reads; marketing changes.
 */
@Stateless
public class BrandService {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller currentCaller;
  @Inject private Audit audit;

  private Caller marketer() {
    return currentCaller.requireAnyOf(
        "The brand identity is kept by marketing and administrators.", Role.MARKETING, Role.ADMIN);
  }

  public List<BrandValue> values() {
    return em.createQuery("select v from BrandValue v order by lower(v.name)", BrandValue.class)
        .getResultList();
  }

  public List<CompetitorClaim> claims() {
    return em.createQuery(
            "select c from CompetitorClaim c order by lower(c.competitor), c.id",
            CompetitorClaim.class)
        .getResultList();
  }

  public BrandValue declare(String name, String description, String evidence) {
    Caller caller = marketer();
    String clean = name.strip();
    boolean exists =
        values().stream()
            .anyMatch(
                v -> v.getName().toLowerCase(Locale.ROOT).equals(clean.toLowerCase(Locale.ROOT)));
    if (exists) {
      throw RapportException.conflict("The brand already declares \"" + clean + "\".");
    }
    BrandValue value =
        new BrandValue(clean, description, evidence, caller.username(), Instants.now());
    em.persist(value);
    em.flush(); // a concurrent twin fails here on the unique name: 409, not a failed commit
    audit.record(caller.username(), "DECLARE", "BrandValue", value.getId(), clean);
    return value;
  }

  public void withdraw(UUID id) {
    Caller caller = marketer();
    BrandValue value = em.find(BrandValue.class, id);
    if (value == null) {
      throw RapportException.notFound("Brand value " + id);
    }
    em.remove(value);
    audit.record(caller.username(), "WITHDRAW", "BrandValue", id, value.getName());
  }

  public CompetitorClaim record(String competitor, List<String> values) {
    Caller caller = marketer();
    CompetitorClaim claim =
        new CompetitorClaim(
            competitor.strip(),
            values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList(),
            caller.username(),
            Instants.now());
    em.persist(claim);
    audit.record(caller.username(), "RECORD", "CompetitorClaim", claim.getId(), competitor);
    return claim;
  }

  public void remove(UUID id) {
    Caller caller = marketer();
    CompetitorClaim claim = em.find(CompetitorClaim.class, id);
    if (claim == null) {
      throw RapportException.notFound("Competitor claim " + id);
    }
    em.remove(claim);
    audit.record(caller.username(), "REMOVE", "CompetitorClaim", id, claim.getCompetitor());
  }
}
