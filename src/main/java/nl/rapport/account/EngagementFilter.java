package nl.rapport.account;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The accounts list's engagement-level and churn-bucket filters. Engagement is a later feature that
 * the account feature does not know, so that feature supplies the choices and the condition; the
 * list shows the filters only when an implementation is deployed.
 */
public interface EngagementFilter {

  /** One choice of a filter: the value the screen sends back, and its label. */
  record Choice(String value, String label) implements Serializable {}

  List<Choice> levels();

  List<Choice> churnBuckets();

  /** The condition for these choices (null for "any"), or empty when both are "any". */
  Optional<AccountCondition> condition(String level, String churnBucket);
}
