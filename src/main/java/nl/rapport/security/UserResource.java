package nl.rapport.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.platform.Versioning;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The people who sign in, for administrators: add, change roles, disable, set a password, unlock.
 */
@RequestScoped
@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

  @Inject private UserDirectory users;
  @Context private UriInfo uriInfo;

  public record NewUser(
      @NotBlank @Size(max = 64) String username,
      @NotBlank @Size(max = 200) String displayName,
      @NotEmpty Set<@NotNull Role> roles,
      @NotNull @Size(max = 1024) String password) {
    /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
    public NewUser(String username, String displayName, Set<Role> roles, String password) {
      this.username = username;
      this.displayName = displayName;
      this.roles = roles;
      this.password = password;
    }
  }

  public record UserChange(
      @NotBlank @Size(max = 200) String displayName,
      @NotEmpty Set<@NotNull Role> roles,
      @NotNull Boolean enabled) {
    public UserChange(String displayName, Set<Role> roles, Boolean enabled) {
      this.displayName = displayName;
      this.roles = roles;
      this.enabled = enabled;
    }
  }

  public record NewPassword(@NotNull @Size(max = 1024) String password) {
    public NewPassword(String password) {
      this.password = password;
    }
  }

  public record UserView(
      String username,
      String displayName,
      Set<Role> roles,
      boolean enabled,
      boolean locked,
      String language,
      Instant passwordChangedAt) {}

  private UserView view(AppUser user) {
    return new UserView(
        user.getUsername(),
        user.getDisplayName(),
        new TreeSet<>(user.getRoles()),
        user.isEnabled(),
        users.isLocked(user.getUsername()),
        user.getLanguage(),
        user.getPasswordChangedAt());
  }

  @GET
  @Operation(summary = "Every user by name, paged; never a password or its hash")
  public Page<UserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return users.list(Params.page(page, size)).map(this::view);
  }

  @POST
  @Operation(summary = "A new user; the password must meet the policy (docs/security.md)")
  public Response create(@Valid @NotNull NewUser input) {
    AppUser user =
        users.register(
            input.username().strip(),
            input.displayName(),
            input.roles(),
            input.password().toCharArray());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(user.getUsername()).build())
        .tag(Versioning.etag(user.getVersion()))
        .entity(view(user))
        .build();
  }

  @GET
  @Path("{username}")
  public Response get(@PathParam("username") String username) {
    AppUser user = users.get(username);
    return Response.ok(view(user)).tag(Versioning.etag(user.getVersion())).build();
  }

  @PUT
  @Path("{username}")
  @Operation(
      summary =
          "New name, roles or enabled; needs If-Match. Counts at the user's next request on every"
              + " node")
  public Response change(
      @PathParam("username") String username,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull UserChange input) {
    users.get(username);
    AppUser user =
        users.change(
            username,
            Versioning.expectedVersion(ifMatch),
            input.displayName(),
            input.roles(),
            input.enabled());
    return Response.ok(view(user)).tag(Versioning.etag(user.getVersion())).build();
  }

  @POST
  @Path("{username}/password")
  @Operation(summary = "Sets a new password; the user's open sessions end")
  public Response setPassword(
      @PathParam("username") String username, @Valid @NotNull NewPassword input) {
    users.setPassword(username, input.password().toCharArray());
    return Response.noContent().build();
  }

  @POST
  @Path("{username}/unlock")
  @Operation(summary = "Lifts the lock that repeated failed sign-ins put on the name")
  public Response unlock(@PathParam("username") String username) {
    users.unlock(username);
    return Response.noContent().build();
  }
}
