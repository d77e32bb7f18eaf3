package nl.rapport.brand;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;

/** The brand identity: declared values with evidence, competitor claims and their overlap. */
@Named
@ViewScoped
public class BrandPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A declared value, ready to show. */
  public record Value(UUID id, String name, String description, String evidence, boolean practised)
      implements java.io.Serializable {}

  /** A competitor's claim, and which of our values it shares (in the order of {@code values}). */
  public record Claim(UUID id, String competitor, List<String> values, List<Boolean> overlap)
      implements java.io.Serializable {
    public String valuesText() {
      return String.join(", ", values);
    }
  }

  @Inject private BrandService brand;

  private List<Value> values = List.of();
  private List<Claim> claims = List.of();
  private String name;
  private String description;
  private String evidence;
  private String competitor;
  private List<String> claimedValues = new ArrayList<>();

  public void load() {
    values =
        brand.values().stream()
            .map(
                v ->
                    new Value(
                        v.getId(),
                        v.getName(),
                        v.getDescription(),
                        v.getEvidence(),
                        v.isPractised()))
            .toList();
    claims =
        brand.claims().stream()
            .map(
                c -> {
                  List<String> theirs =
                      c.getValues().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
                  return new Claim(
                      c.getId(),
                      c.getCompetitor(),
                      c.getValues(),
                      values.stream()
                          .map(v -> theirs.contains(v.name().toLowerCase(Locale.ROOT)))
                          .toList());
                })
            .toList();
  }

  public void declare() {
    try {
      brand.declare(name, description, evidence);
      name = description = evidence = null;
      load();
    } catch (RapportException e) {
      Screens.refused(e, "values:");
    }
  }

  public void withdraw(UUID id) {
    brand.withdraw(id);
    load();
  }

  public void record() {
    try {
      if (claimedValues == null || claimedValues.isEmpty()) {
        throw Screens.worded(
            "claimed", Screens.text("common.required", Screens.text("brand.claimedValues")));
      }
      brand.record(competitor, claimedValues);
      competitor = null;
      claimedValues = new ArrayList<>();
      load();
    } catch (RapportException e) {
      Screens.refused(e, "claims:");
    }
  }

  public void remove(UUID id) {
    brand.remove(id);
    load();
  }

  public List<Value> getValues() {
    return values;
  }

  public List<Claim> getClaims() {
    return claims;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public String getCompetitor() {
    return competitor;
  }

  public void setCompetitor(String competitor) {
    this.competitor = competitor;
  }

  public List<String> getClaimedValues() {
    return claimedValues;
  }

  public void setClaimedValues(List<String> v) {
    this.claimedValues = v == null ? new ArrayList<>() : v;
  }
}
