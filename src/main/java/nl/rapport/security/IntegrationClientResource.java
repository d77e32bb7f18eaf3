package nl.rapport.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.platform.RapportException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Integration clients for administrators: made with scopes, the secret shown once; revoked. */
@RequestScoped
@Path("admin/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Integration clients")
public class IntegrationClientResource {

  @Inject private IntegrationClientService clients;
  @Context private UriInfo uriInfo;

  public record ClientInput(
      @NotBlank @Size(max = 200) String name,
      @NotEmpty @Size(max = 20) List<@NotBlank String> scopes) {
    /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
    public ClientInput(String name, List<String> scopes) {
      this.name = name;
      this.scopes = scopes;
    }
  }

  public record ClientView(
      UUID id,
      String clientId,
      String name,
      Set<String> scopes,
      boolean active,
      Instant createdAt,
      String createdBy,
      Instant revokedAt,
      String revokedBy) {
    static ClientView of(IntegrationClient c) {
      return new ClientView(
          c.getId(),
          c.getClientId(),
          c.getName(),
          c.getScopes(),
          c.getRevokedAt().isEmpty(),
          c.getCreatedAt(),
          c.getCreatedBy(),
          c.getRevokedAt().orElse(null),
          c.getRevokedBy());
    }
  }

  /** The one answer that holds the secret. */
  public record CreatedView(
      UUID id, String clientId, String clientSecret, String name, Set<String> scopes) {}

  @GET
  @Operation(summary = "Every integration client, newest first (never their secrets)")
  public Page<ClientView> list() {
    return Page.all(clients.list().stream().map(ClientView::of).toList());
  }

  @POST
  @Operation(
      summary =
          "A new integration client with these scopes; the answer holds its secret, shown this"
              + " once")
  public Response create(@Valid @NotNull ClientInput input) {
    Set<String> scopes = new LinkedHashSet<>();
    for (String scope : input.scopes()) {
      if (!Scopes.KNOWN.contains(scope)) {
        throw RapportException.invalid(
            "scopes", "unknown scope " + scope + "; known: " + String.join(", ", Scopes.KNOWN));
      }
      scopes.add(scope);
    }
    IntegrationClientService.Created created = clients.create(input.name(), scopes);
    IntegrationClient c = created.client();
    return Response.created(uriInfo.getAbsolutePathBuilder().path(c.getId().toString()).build())
        .entity(
            new CreatedView(
                c.getId(), c.getClientId(), created.secret(), c.getName(), c.getScopes()))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revokes the client: no new tokens, and its tokens are refused at once")
  public Response revoke(@PathParam("id") String id) {
    clients.revoke(Params.id(id, "Integration client"));
    return Response.noContent().build();
  }
}
