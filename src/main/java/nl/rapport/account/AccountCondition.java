package nl.rapport.account;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A condition on accounts over data that a later feature owns (engagement profiles, segment
 * snapshots). The account feature knows no later feature, so they hand their condition to an
 * account search ({@link AccountQuery#where}); {@link AccountService} still owns the query, the
 * caller's scope, the order and the paging. Each implementation is a documented cross-feature read
 * model (docs/architecture.md).
 */
@FunctionalInterface
public interface AccountCondition extends Serializable {

  Predicate on(CriteriaBuilder cb, AbstractQuery<?> query, Root<Account> account);

  /** The accounts with these ids (a chunk of a larger selection: keep it to a few hundred). */
  static AccountCondition idIn(Collection<UUID> ids) {
    List<UUID> copy = List.copyOf(ids);
    return (cb, query, account) -> account.get("id").in(copy);
  }
}
