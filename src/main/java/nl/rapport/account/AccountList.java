package nl.rapport.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.rapport.platform.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** "My accounts": a lazy, sortable, filterable table over the caller's accounts. */
@Named
@ViewScoped
public class AccountList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private nl.rapport.security.CurrentCaller currentCaller;
  @Inject private jakarta.enterprise.inject.Instance<EngagementFilter> engagementFilters;

  private String search;
  private RelationshipType relationshipType;
  private String owner;
  private Lifecycle lifecycle;
  private String level;
  private String churnBucket;
  private List<String> owners;
  private final LazyDataModel<AccountView> model = new Model();

  /** The heading's bundle key: "Accounts" for those who read all of them, else "My accounts". */
  public String getHeadingKey() {
    return currentCaller.get().readsAllAccounts() ? "accounts.titleAll" : "accounts.title";
  }

  public LazyDataModel<AccountView> getModel() {
    return model;
  }

  /** A cell of the CSV export: user-entered text that a spreadsheet will not run as a formula. */
  public String cell(String text) {
    return nl.rapport.platform.CsvCells.text(text);
  }

  public String when(java.time.Instant at) {
    return nl.rapport.platform.Screens.dateTime(at);
  }

  /** Whose accounts the caller sees; the owner filter shows when there is more than one. */
  public List<String> getOwners() {
    if (owners == null) {
      owners = List.copyOf(accounts.owners());
    }
    return owners;
  }

  /** The engagement filters show when the engagement feature is there to supply them. */
  public boolean isEngagementFiltered() {
    return engagementFilters.isResolvable();
  }

  public List<EngagementFilter.Choice> getLevels() {
    return engagementFilters.isResolvable() ? engagementFilters.get().levels() : List.of();
  }

  public List<EngagementFilter.Choice> getChurnBuckets() {
    return engagementFilters.isResolvable() ? engagementFilters.get().churnBuckets() : List.of();
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level == null || level.isBlank() ? null : level;
  }

  public String getChurnBucket() {
    return churnBucket;
  }

  public void setChurnBucket(String churnBucket) {
    this.churnBucket = churnBucket == null || churnBucket.isBlank() ? null : churnBucket;
  }

  public Lifecycle[] getLifecycles() {
    return Lifecycle.values();
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner == null || owner.isBlank() ? null : owner;
  }

  public Lifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public RelationshipType[] getRelationshipTypes() {
    return RelationshipType.values();
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public RelationshipType getRelationshipType() {
    return relationshipType;
  }

  public void setRelationshipType(RelationshipType relationshipType) {
    this.relationshipType = relationshipType;
  }

  private AccountQuery query(Map<String, SortMeta> sortBy) {
    AccountQuery.SortField field = AccountQuery.SortField.NAME;
    boolean ascending = true;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta sort = sortBy.values().iterator().next();
      for (AccountQuery.SortField candidate : AccountQuery.SortField.values()) {
        if (candidate.attribute().equals(sort.getField())) {
          field = candidate;
        }
      }
      ascending = sort.getOrder() != SortOrder.DESCENDING;
    }
    AccountQuery query =
        new AccountQuery(search, relationshipType, owner, lifecycle, field, ascending);
    if (engagementFilters.isResolvable()) {
      AccountQuery unfiltered = query;
      query =
          engagementFilters
              .get()
              .condition(level, churnBucket)
              .map(unfiltered::where)
              .orElse(query);
    }
    // former customers are archived: asking for them means showing the archived
    return lifecycle == Lifecycle.FORMER ? query.includingArchived() : query;
  }

  private class Model extends LazyDataModel<AccountView> {
    private static final long serialVersionUID = 1L;

    // PrimeFaces asks count() first, then load(): one count, one page, one batch of teams
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) accounts.count(query(null));
    }

    @Override
    public List<AccountView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
      return accounts.page(query(sortBy), new PageRequest(first / size, size)).stream()
          .map(AccountView::of)
          .toList();
    }

    @Override
    public String getRowKey(AccountView account) {
      return account.id().toString();
    }

    @Override
    public AccountView getRowData(String rowKey) {
      return accounts.find(java.util.UUID.fromString(rowKey)).map(AccountView::of).orElse(null);
    }
  }
}
