package nl.rapport.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** Deque's axe-core, run on the page a browser test shows, with all its rules. */
final class Accessibility {

  private Accessibility() {}

  /** A rule the page breaks: its id, how bad, how many elements, what to do. */
  record Violation(String rule, String impact, int elements, String help, String firstTarget) {
    @Override
    public String toString() {
      return impact + " " + rule + " ×" + elements + " (" + help + "; e.g. " + firstTarget + ")";
    }
  }

  /** The critical and serious violations on the page as it is now. */
  static List<Violation> serious(WebDriver browser) {
    Results results = new AxeBuilder().analyze(browser);
    if (results.isErrored()) {
      throw new AssertionError("axe-core could not run: " + results.getErrorMessage());
    }
    return results.getViolations().stream()
        .filter(r -> "critical".equals(r.getImpact()) || "serious".equals(r.getImpact()))
        .map(Accessibility::violation)
        .toList();
  }

  private static Violation violation(Rule rule) {
    return new Violation(
        rule.getId(),
        rule.getImpact(),
        rule.getNodes().size(),
        rule.getHelp(),
        rule.getNodes().isEmpty()
            ? "-"
            : rule.getNodes().get(0).getTarget()
                + " "
                + rule.getNodes().get(0).getHtml()
                + " "
                + rule.getNodes().get(0).getFailureSummary()
                + " all: "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
  }
}
