package nl.rapport.brand;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("brand")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Brand identity")
public class BrandResource {

  @Inject private BrandService brand;

  public record ValueInput(
      @NotBlank @Size(max = 100) String name,
      @Size(max = 1000) String description,
      @Size(max = 2000) String evidence) {
    /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
    public ValueInput(String name, String description, String evidence) {
      this.name = name;
      this.description = description;
      this.evidence = evidence;
    }
  }

  public record ValueView(
      UUID id,
      String name,
      String description,
      String evidence,
      boolean practised,
      String declaredBy,
      Instant declaredAt) {
    static ValueView of(BrandValue v) {
      return new ValueView(
          v.getId(),
          v.getName(),
          v.getDescription(),
          v.getEvidence(),
          v.isPractised(),
          v.getDeclaredBy(),
          v.getDeclaredAt());
    }
  }

  public record ClaimInput(
      @NotBlank @Size(max = 200) String competitor,
      @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> values) {
    /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
    public ClaimInput(String competitor, List<String> values) {
      this.competitor = competitor;
      this.values = values;
    }
  }

  public record ClaimView(
      UUID id, String competitor, List<String> values, String recordedBy, Instant recordedAt) {
    static ClaimView of(CompetitorClaim c) {
      return new ClaimView(
          c.getId(), c.getCompetitor(), c.getValues(), c.getRecordedBy(), c.getRecordedAt());
    }
  }

  @GET
  @Path("values")
  @Operation(summary = "The brand's declared values; practised = there is evidence of practice")
  public Page<ValueView> values() {
    List<ValueView> list = brand.values().stream().map(ValueView::of).toList();
    return Page.all(list);
  }

  @POST
  @Path("values")
  public Response declare(@Valid @NotNull ValueInput input) {
    return Response.status(201)
        .entity(ValueView.of(brand.declare(input.name(), input.description(), input.evidence())))
        .build();
  }

  @DELETE
  @Path("values/{id}")
  public Response withdraw(@PathParam("id") String id) {
    brand.withdraw(Params.id(id, "Brand value"));
    return Response.noContent().build();
  }

  @GET
  @Path("competitor-claims")
  public Page<ClaimView> claims() {
    List<ClaimView> list = brand.claims().stream().map(ClaimView::of).toList();
    return Page.all(list);
  }

  @POST
  @Path("competitor-claims")
  public Response record(@Valid @NotNull ClaimInput input) {
    return Response.status(201)
        .entity(ClaimView.of(brand.record(input.competitor(), input.values())))
        .build();
  }

  @DELETE
  @Path("competitor-claims/{id}")
  public Response remove(@PathParam("id") String id) {
    brand.remove(Params.id(id, "Competitor claim"));
    return Response.noContent().build();
  }
}
