package nl.rapport.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A person at an account. */
@Entity
@Table(name = "contact")
public class Contact {

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  private String email;
  private String phone;

  @Column(name = "job_title")
  private String jobTitle;

  private LocalDate birthday;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_channel")
  private Channel preferredChannel;

  @Column(name = "marketing_consent", nullable = false)
  private boolean marketingConsent;

  @Column(name = "consent_source")
  private String consentSource;

  @Column(name = "consent_at")
  private Instant consentAt;

  @Column(nullable = false)
  private boolean removed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "erased_at")
  private Instant erasedAt;

  /** Its id in the system it was imported from (unique), or null. */
  @Column(name = "external_id", length = 100)
  private String externalId;

  /** The last change, for delta sync (removal and erasure included). */
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Contact() {}

  public Contact(UUID accountId, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  @PreUpdate
  void stampChange() {
    updatedAt = nl.rapport.platform.Instants.now();
  }

  public void describe(
      String firstName,
      String lastName,
      String email,
      String phone,
      String jobTitle,
      LocalDate birthday,
      String preferredLanguage,
      Channel preferredChannel) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.phone = phone;
    this.jobTitle = jobTitle;
    this.birthday = birthday;
    this.preferredLanguage = preferredLanguage;
    this.preferredChannel = preferredChannel;
  }

  /**
   * Records consent as given or withdrawn, with where it came from and when (GDPR). Repeating the
   * current answer changes nothing, so the original moment of consent is kept; whether it changed.
   */
  public boolean consent(boolean given, String source, Instant at) {
    if (given == marketingConsent && consentAt != null) {
      return false;
    }
    this.marketingConsent = given;
    this.consentSource = source;
    this.consentAt = at;
    return true;
  }

  public void remove() {
    this.removed = true;
  }

  /**
   * GDPR erasure: every attribute that describes the person goes, consent is withdrawn and the
   * contact leaves the lists; the row stays (with its id) so that counts and scores stay true.
   */
  public void erase(Instant at) {
    if (erasedAt != null) {
      return;
    }
    this.firstName = ERASED_NAME;
    this.lastName = "";
    this.email = null;
    this.phone = null;
    this.jobTitle = null;
    this.birthday = null;
    this.preferredLanguage = null;
    this.preferredChannel = null;
    this.marketingConsent = false;
    this.consentSource = null;
    this.consentAt = null;
    this.removed = true;
    this.erasedAt = at;
  }

  /** The name an erased contact shows under. */
  public static final String ERASED_NAME = "[erased]";

  public boolean isErased() {
    return erasedAt != null;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String fullName() {
    return lastName.isEmpty() ? firstName : firstName + " " + lastName;
  }

  public UUID getId() {
    return id;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public LocalDate getBirthday() {
    return birthday;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public Channel getPreferredChannel() {
    return preferredChannel;
  }

  public boolean isMarketingConsent() {
    return marketingConsent;
  }

  public String getConsentSource() {
    return consentSource;
  }

  public Instant getConsentAt() {
    return consentAt;
  }

  public boolean isRemoved() {
    return removed;
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

  /**
   * Field names in {@link #auditState()} that hold personal data (erasure removes their values).
   */
  public static final java.util.Set<String> PERSONAL_FIELDS =
      java.util.Set.of("firstName", "lastName", "email", "phone", "jobTitle", "birthday");

  /** What the audit trail records of a contact. */
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("firstName", firstName);
    state.put("lastName", lastName);
    state.put("email", email);
    state.put("phone", phone);
    state.put("jobTitle", jobTitle);
    state.put("birthday", birthday);
    state.put("preferredLanguage", preferredLanguage);
    state.put("preferredChannel", preferredChannel);
    state.put("marketingConsent", marketingConsent);
    state.put("removed", removed);
    return state;
  }
}
