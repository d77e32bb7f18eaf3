package nl.rapport.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.rapport.platform.Audit;
import nl.rapport.platform.AuditEntry;
import nl.rapport.platform.AuditQuery;
import nl.rapport.platform.Changes;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.Screens;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrator's audit trail: filtered by what, whom, who and when; newest first, lazily. */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds of thing the trail records, for the filter. */
  static final List<String> ENTITY_TYPES =
      List.of(
          "Account",
          "Contact",
          "Interaction",
          "Complaint",
          "Campaign",
          "CampaignMember",
          "Segment",
          "BrandValue",
          "CompetitorClaim",
          "EngagementSignal",
          "User",
          "IntegrationClient");

  @Inject private Audit audit;
  @Inject private CurrentCaller currentCaller;

  /** One line as the screen shows it; the changes as "field: before → after". */
  public record Line(
      String id,
      String at,
      String actor,
      String action,
      String entityType,
      String entityId,
      List<String> changes,
      String detail)
      implements Serializable {}

  private String entityType;
  private String entityId;
  private String actor;
  private LocalDate from;
  private LocalDate to;
  private final LazyDataModel<Line> model = new Model();

  /** A link from elsewhere (an account's history) opens the trail filtered to that entity. */
  public void load() {
    currentCaller.requireAnyOf("The audit trail is for administrators.", Role.ADMIN);
  }

  public void clear() {
    entityType = entityId = actor = null;
    from = to = null;
  }

  private AuditQuery query() {
    var zone = Screens.zone();
    Instant since = from == null ? null : from.atStartOfDay(zone).toInstant();
    Instant until = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    return new AuditQuery(blank(entityType), blank(entityId), blank(actor), since, until);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static List<String> describe(Changes changes) {
    return changes.fields().entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + ": "
                    + shown(e.getValue().before())
                    + " → "
                    + shown(e.getValue().after()))
        .toList();
  }

  private static String shown(String value) {
    return value == null ? "—" : value;
  }

  private static Line line(AuditEntry e) {
    return new Line(
        e.getId().toString(),
        Screens.dateTime(e.getAt()),
        e.getActor(),
        e.getAction(),
        e.getEntityType(),
        e.getEntityKey(),
        describe(e.getChanges()),
        e.getDetail());
  }

  private class Model extends LazyDataModel<Line> {
    private static final long serialVersionUID = 1L;

    private transient List<Line> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) audit.search(query(), new PageRequest(0, 1)).total();
    }

    @Override
    public List<Line> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
      page =
          audit.search(query(), new PageRequest(first / size, size)).items().stream()
              .map(AuditTrail::line)
              .toList();
      return page;
    }

    @Override
    public String getRowKey(Line line) {
      return line.id();
    }

    @Override
    public Line getRowData(String rowKey) {
      return page == null
          ? null
          : page.stream().filter(l -> l.id().equals(rowKey)).findFirst().orElse(null);
    }
  }

  public LazyDataModel<Line> getModel() {
    return model;
  }

  public List<String> getEntityTypes() {
    return ENTITY_TYPES;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
