package nl.rapport.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.rapport.platform.RapportException;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;

/** An organisation we have (or want) a relationship with. */
@Entity
@Table(name = "account")
// only changed columns are written: the last personal contact is kept by an atomic update
// (AccountService.recordPersonalContact) that a later write of a stale copy must not undo
@DynamicUpdate
public class Account {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  private String industry;

  private String country;

  @Column(nullable = false)
  private String owner;

  // a page of accounts loads its teams in one query, not one per account
  @BatchSize(size = 200)
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_team", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "username")
  private Set<String> team = new TreeSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "relationship_type", nullable = false)
  private RelationshipType relationshipType = RelationshipType.UNFRAMED;

  @Enumerated(EnumType.STRING)
  @Column(name = "framing_at_acquisition")
  private RelationshipType framingAtAcquisition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Lifecycle lifecycle;

  /** Since when the account is FORMER (the retention period counts from here); null otherwise. */
  @Column(name = "former_since")
  private Instant formerSince;

  @Column(name = "community_member", nullable = false)
  private boolean communityMember;

  @Column(name = "social_activator", nullable = false)
  private boolean socialActivator;

  @Column(name = "customer_since")
  private LocalDate customerSince;

  @Column(name = "last_personal_contact_at")
  private Instant lastPersonalContactAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Its id in the system it was imported from (unique), or null. */
  @Column(name = "external_id", length = 100)
  private String externalId;

  /** The last change, for delta sync: set on every write (also {@code recordPersonalContact}). */
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Account() {}

  // at flush, as late as Hibernate allows: the feed's settle window counts from here to commit
  @PreUpdate
  void stampChange() {
    updatedAt = nl.rapport.platform.Instants.now();
  }

  public Account(String name, String owner, Lifecycle lifecycle, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.owner = owner;
    this.lifecycle = lifecycle == null ? Lifecycle.PROSPECT : lifecycle;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.formerSince = this.lifecycle == Lifecycle.FORMER ? createdAt : null;
  }

  /** Replaces the descriptive details an account manager may edit. */
  public void describe(
      String name,
      String industry,
      String country,
      LocalDate customerSince,
      boolean communityMember,
      boolean socialActivator) {
    this.name = name;
    this.industry = industry;
    this.country = country;
    this.customerSince = customerSince;
    this.communityMember = communityMember;
    this.socialActivator = socialActivator;
  }

  public void assignTo(String owner, Collection<String> team) {
    this.owner = owner;
    Set<String> next = new TreeSet<>();
    if (team != null) {
      team.stream().filter(u -> !u.equals(owner)).forEach(next::add);
    }
    // the same team again is no change: an unchanged re-import writes nothing
    if (!this.team.equals(next)) {
      this.team.clear();
      this.team.addAll(next);
    }
  }

  public void moveTo(Lifecycle lifecycle) {
    if (lifecycle == Lifecycle.ACTIVE
        && this.lifecycle != Lifecycle.ACTIVE
        && customerSince == null) {
      customerSince = LocalDate.now();
    }
    becomes(lifecycle);
  }

  /** Archives the account: lifecycle FORMER; nothing is destroyed. */
  public void archive() {
    becomes(Lifecycle.FORMER);
  }

  private void becomes(Lifecycle next) {
    if (next == Lifecycle.FORMER && this.lifecycle != Lifecycle.FORMER) {
      formerSince = nl.rapport.platform.Instants.now();
    } else if (next != Lifecycle.FORMER) {
      formerSince = null;
    }
    this.lifecycle = next;
  }

  public Instant getFormerSince() {
    return formerSince;
  }

  /**
   * Changes the relationship type as an audited transition. The first move out of UNFRAMED fixes
   * the framing at acquisition for good.
   */
  public Reframed reframe(RelationshipType to, String reason, String by, Instant at) {
    Reframing.check(relationshipType, to, reason)
        .ifPresent(
            refusal -> {
              throw RapportException.invalid(refusal.field(), refusal.message());
            });
    Reframed transition = Reframing.transition(id, relationshipType, to, at, by, reason);
    framingAtAcquisition =
        Reframing.framingAtAcquisition(framingAtAcquisition, relationshipType, to);
    relationshipType = to;
    return transition;
  }

  /** Keeps the most recent personal contact, for cadence, lists and segments. */
  public void recordPersonalContact(Instant at) {
    if (lastPersonalContactAt == null || at.isAfter(lastPersonalContactAt)) {
      lastPersonalContactAt = at;
    }
  }

  public boolean isOwnedOrSharedWith(String username) {
    return owner.equals(username) || team.contains(username);
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getIndustry() {
    return industry;
  }

  public String getCountry() {
    return country;
  }

  public String getOwner() {
    return owner;
  }

  public Set<String> getTeam() {
    return Set.copyOf(team);
  }

  public RelationshipType getRelationshipType() {
    return relationshipType;
  }

  public RelationshipType getFramingAtAcquisition() {
    return framingAtAcquisition;
  }

  public Lifecycle getLifecycle() {
    return lifecycle;
  }

  public boolean isCommunityMember() {
    return communityMember;
  }

  public boolean isSocialActivator() {
    return socialActivator;
  }

  public LocalDate getCustomerSince() {
    return customerSince;
  }

  public Instant getLastPersonalContactAt() {
    return lastPersonalContactAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getExternalId() {
    return externalId;
  }

  /** Links this record to its id in the system it is imported from. */
  public void identifyAs(String externalId) {
    this.externalId = externalId;
  }

  public long getVersion() {
    return version;
  }

  /** What the audit trail records of an account's own fields. */
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("industry", industry);
    state.put("country", country);
    state.put("owner", owner);
    state.put("team", java.util.List.copyOf(team));
    state.put("relationshipType", relationshipType);
    state.put("lifecycle", lifecycle);
    state.put("communityMember", communityMember);
    state.put("socialActivator", socialActivator);
    state.put("customerSince", customerSince);
    return state;
  }
}
