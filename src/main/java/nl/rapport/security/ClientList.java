package nl.rapport.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.PrimeFaces;

/**
 * The administrator's integration clients: each system with its scopes; add one (its secret is
 * shown this once), revoke one (its tokens stop at once).
 */
@Named
@ViewScoped
public class ClientList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IntegrationClientService clients;

  public record Row(
      UUID id,
      String clientId,
      String name,
      List<String> scopes,
      Instant createdAt,
      String createdBy,
      Instant revokedAt)
      implements Serializable {}

  private List<Row> rows = List.of();
  private String name;
  private List<String> scopes = new ArrayList<>();
  // shown once, right after the client was made; never kept beyond this view
  private String newClientId;
  private String newSecret;

  public void load() {
    rows =
        clients.list().stream()
            .map(
                c ->
                    new Row(
                        c.getId(),
                        c.getClientId(),
                        c.getName(),
                        List.copyOf(new TreeSet<>(c.getScopes())),
                        c.getCreatedAt(),
                        c.getCreatedBy(),
                        c.getRevokedAt().orElse(null)))
            .toList();
  }

  public void startNew() {
    name = null;
    scopes = new ArrayList<>();
    newClientId = newSecret = null;
  }

  public void create() {
    try {
      IntegrationClientService.Created made =
          clients.create(name == null ? "" : name.strip(), new LinkedHashSet<>(scopes));
      newClientId = made.client().getClientId();
      newSecret = made.secret();
      load();
      PrimeFaces.current().executeScript("PF('clientDialog').hide(); PF('secretDialog').show()");
    } catch (RapportException e) {
      Screens.refused(e, "clientForm:");
    }
  }

  public void revoke(Row row) {
    clients.revoke(row.id());
    Screens.info("clients.revoked", row.clientId());
    load();
  }

  /** Forgets the secret once the administrator has closed its dialog. */
  public void forgetSecret() {
    newSecret = null;
  }

  public String scopesText(Row row) {
    return String.join(" ", row.scopes());
  }

  public String when(Instant at) {
    return Screens.dateTime(at);
  }

  public List<String> getKnownScopes() {
    return Scopes.KNOWN;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
  }

  public String getNewClientId() {
    return newClientId;
  }

  public String getNewSecret() {
    return newSecret;
  }
}
