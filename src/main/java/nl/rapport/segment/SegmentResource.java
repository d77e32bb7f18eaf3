package nl.rapport.segment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.AccountView;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.platform.Versioning;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("segments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Segments")
@ApiScope("segments")
public class SegmentResource {

  @Inject private SegmentService segments;
  @Inject private SegmentExport export;
  @Context private UriInfo uriInfo;

  /** {@code {"count", "items", "page", "size"}}: how many match, and the first of them. */
  public record Preview(long count, List<AccountView> items, int page, int size) {}

  static SegmentView view(Segment s) {
    return SegmentView.of(s);
  }

  @GET
  public Page<SegmentView> list() {
    List<SegmentView> list = segments.list().stream().map(SegmentResource::view).toList();
    return Page.all(list);
  }

  @POST
  @Operation(summary = "Save a segment: a name and criteria over accounts")
  public Response create(@Valid @NotNull SegmentInput input) {
    Segment segment = segments.create(input);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(segment.getId().toString()).build())
        .tag(Versioning.etag(segment.getVersion()))
        .entity(view(segment))
        .build();
  }

  @ApiScope("segments:read")
  @POST
  @Path("preview")
  @Operation(summary = "Count and first page of the accounts that match these criteria, now")
  public Preview preview(
      @Valid @NotNull SegmentCriteria criteria, @QueryParam("size") String size) {
    Page<nl.rapport.account.Account> page = segments.preview(criteria, Params.page(null, size));
    return new Preview(
        page.total(),
        page.items().stream().map(AccountView::of).toList(),
        page.page(),
        page.size());
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    Segment segment = segments.get(Params.id(id, "Segment"));
    return Response.ok(view(segment)).tag(Versioning.etag(segment.getVersion())).build();
  }

  @PUT
  @Path("{id}")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SegmentInput input) {
    UUID segmentId = Params.id(id, "Segment");
    segments.get(segmentId);
    Segment segment = segments.update(segmentId, Versioning.expectedVersion(ifMatch), input);
    return Response.ok(view(segment)).tag(Versioning.etag(segment.getVersion())).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    segments.delete(Params.id(id, "Segment"));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/freeze")
  @Operation(summary = "Freeze the segment's current members into a static snapshot")
  public SegmentView freeze(@PathParam("id") String id) {
    return view(segments.freeze(Params.id(id, "Segment")));
  }

  @GET
  @Path("{id}/members")
  @Operation(summary = "The segment's accounts, paged (evaluated now, or the frozen snapshot)")
  public Page<AccountView> members(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return segments.members(Params.id(id, "Segment"), Params.page(page, size)).map(AccountView::of);
  }

  @GET
  @Path("{id}/members.csv")
  @Produces("text/csv")
  @Operation(summary = "The segment's accounts and their contacts as CSV (consent included)")
  public Response csv(@PathParam("id") String id) {
    UUID segmentId = Params.id(id, "Segment");
    Segment segment = segments.get(segmentId);
    StreamingOutput body = out -> export.write(segmentId, out);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"segment-" + segmentId + ".csv\"")
        .header("X-Segment-Name", segment.getName().replaceAll("[^\\p{Alnum} _-]", ""))
        .build();
  }
}
