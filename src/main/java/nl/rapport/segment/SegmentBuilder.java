package nl.rapport.segment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.AccountView;
import nl.rapport.account.RelationshipType;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.EngagementLevel;
import nl.rapport.platform.Page;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;

/** The segment builder: criteria on the right with a live count, saved segments on the left. */
@Named
@ViewScoped
public class SegmentBuilder implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SegmentService segments;

  private List<SegmentView> saved = List.of();
  private UUID selectedId;
  private long selectedVersion;
  private boolean frozen;
  private String frozenAt;
  private String name;
  private String description;
  private List<RelationshipType> relationshipTypes = new ArrayList<>();
  private List<EngagementLevel> engagementLevels = new ArrayList<>();
  private List<ChurnRiskBucket> churnRiskBuckets = new ArrayList<>();
  private String industries;
  private String countries;
  private String owners;
  private Integer minScore;
  private Integer maxScore;
  private LocalDate before;
  private LocalDate after;
  private Boolean communityMember;
  private Boolean socialActivator;
  private long count;
  private String problem;
  private final org.primefaces.model.LazyDataModel<AccountView> members = new Members();

  /**
   * The member table, paged by the database: the criteria as they stand, or the frozen snapshot.
   */
  private class Members extends org.primefaces.model.LazyDataModel<AccountView> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
      return (int) count;
    }

    @Override
    public List<AccountView> load(
        int first,
        int pageSize,
        java.util.Map<String, org.primefaces.model.SortMeta> sortBy,
        java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
      PageRequest paging = new PageRequest(first / size, size);
      try {
        Page<nl.rapport.account.Account> page =
            frozen && selectedId != null
                ? segments.members(selectedId, paging)
                : segments.preview(criteria(), paging);
        count = page.total();
        setRowCount((int) page.total());
        return page.items().stream().map(AccountView::of).toList();
      } catch (RapportException e) {
        problem = e.getMessage();
        setRowCount(0);
        return List.of();
      }
    }

    @Override
    public String getRowKey(AccountView account) {
      return account.id().toString();
    }
  }

  public void load() {
    saved = segments.list().stream().map(SegmentView::of).toList();
    refresh();
  }

  private static List<String> split(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  SegmentCriteria criteria() {
    return new SegmentCriteria(
        relationshipTypes,
        engagementLevels,
        churnRiskBuckets,
        split(industries),
        split(countries),
        split(owners),
        minScore,
        maxScore,
        before,
        after,
        communityMember,
        socialActivator);
  }

  /** Recounts as the criteria change; the member table reloads its page from the same criteria. */
  public void refresh() {
    try {
      count = segments.preview(criteria(), new PageRequest(0, 1)).total();
      problem = null;
    } catch (RapportException e) {
      problem = e.getMessage();
      count = 0;
    }
  }

  public void select(UUID id) {
    Segment segment = segments.get(id);
    SegmentView s = SegmentView.of(segment);
    selectedId = id;
    selectedVersion = segment.getVersion();
    frozen = s.frozen();
    frozenAt = s.frozenAt() == null ? null : Screens.dateTime(s.frozenAt());
    name = s.name();
    description = s.description();
    SegmentCriteria c = s.criteria();
    relationshipTypes = new ArrayList<>(c.relationshipTypes());
    engagementLevels = new ArrayList<>(c.engagementLevels());
    churnRiskBuckets = new ArrayList<>(c.churnRiskBuckets());
    industries = String.join(", ", c.industries());
    countries = String.join(", ", c.countries());
    owners = String.join(", ", c.owners());
    minScore = c.minEngagementScore();
    maxScore = c.maxEngagementScore();
    before = c.lastPersonalContactBefore();
    after = c.lastPersonalContactAfter();
    communityMember = c.communityMember();
    socialActivator = c.socialActivator();
    if (frozen) {
      count = segments.members(id, new PageRequest(0, 1)).total();
      problem = null;
    } else {
      refresh();
    }
  }

  public void newSegment() {
    selectedId = null;
    frozen = false;
    frozenAt = null;
    name = null;
    description = null;
    relationshipTypes = new ArrayList<>();
    engagementLevels = new ArrayList<>();
    churnRiskBuckets = new ArrayList<>();
    industries = countries = owners = null;
    minScore = maxScore = null;
    before = after = null;
    communityMember = socialActivator = null;
    refresh();
  }

  public void save() {
    try {
      SegmentInput input = new SegmentInput(name, description, criteria());
      Segment segment =
          selectedId == null
              ? segments.create(input)
              : segments.update(selectedId, selectedVersion, input);
      selectedId = segment.getId();
      selectedVersion = segment.getVersion();
      saved = segments.list().stream().map(SegmentView::of).toList();
      Screens.info("segments.saved.done");
    } catch (RapportException e) {
      Screens.refused(e, "segment:");
    }
  }

  public void freeze() {
    if (selectedId != null) {
      select(segments.freeze(selectedId).getId());
      saved = segments.list().stream().map(SegmentView::of).toList();
    }
  }

  public RelationshipType[] getAllRelationshipTypes() {
    return RelationshipType.values();
  }

  public EngagementLevel[] getAllEngagementLevels() {
    return EngagementLevel.values();
  }

  public ChurnRiskBucket[] getAllChurnRiskBuckets() {
    return ChurnRiskBucket.values();
  }

  public String getCountText() {
    return Screens.text("segments.count", count);
  }

  public List<SegmentView> getSaved() {
    return saved;
  }

  public UUID getSelectedId() {
    return selectedId;
  }

  public boolean isFrozen() {
    return frozen;
  }

  public String getFrozenAt() {
    return frozenAt;
  }

  public long getCount() {
    return count;
  }

  public org.primefaces.model.LazyDataModel<AccountView> getMembers() {
    return members;
  }

  public String getProblem() {
    return problem;
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

  public List<RelationshipType> getRelationshipTypes() {
    return relationshipTypes;
  }

  public void setRelationshipTypes(List<RelationshipType> v) {
    this.relationshipTypes = v;
  }

  public List<EngagementLevel> getEngagementLevels() {
    return engagementLevels;
  }

  public void setEngagementLevels(List<EngagementLevel> v) {
    this.engagementLevels = v;
  }

  public List<ChurnRiskBucket> getChurnRiskBuckets() {
    return churnRiskBuckets;
  }

  public void setChurnRiskBuckets(List<ChurnRiskBucket> v) {
    this.churnRiskBuckets = v;
  }

  public String getIndustries() {
    return industries;
  }

  public void setIndustries(String v) {
    this.industries = v;
  }

  public String getCountries() {
    return countries;
  }

  public void setCountries(String v) {
    this.countries = v;
  }

  public String getOwners() {
    return owners;
  }

  public void setOwners(String v) {
    this.owners = v;
  }

  public Integer getMinScore() {
    return minScore;
  }

  public void setMinScore(Integer v) {
    this.minScore = v;
  }

  public Integer getMaxScore() {
    return maxScore;
  }

  public void setMaxScore(Integer v) {
    this.maxScore = v;
  }

  public LocalDate getBefore() {
    return before;
  }

  public void setBefore(LocalDate v) {
    this.before = v;
  }

  public LocalDate getAfter() {
    return after;
  }

  public void setAfter(LocalDate v) {
    this.after = v;
  }

  public Boolean getCommunityMember() {
    return communityMember;
  }

  public void setCommunityMember(Boolean v) {
    this.communityMember = v;
  }

  public Boolean getSocialActivator() {
    return socialActivator;
  }

  public void setSocialActivator(Boolean v) {
    this.socialActivator = v;
  }
}
