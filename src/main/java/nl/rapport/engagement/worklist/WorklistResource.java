package nl.rapport.engagement.worklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.rapport.platform.Messages;
import nl.rapport.platform.Page;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("worklist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
public class WorklistResource {

  @Inject private WorklistService worklist;

  public record Item(
      UUID accountId,
      String accountName,
      WorklistReason reason,
      String detail,
      LocalDate dueDate) {}

  @GET
  @Operation(summary = "The caller's accounts that need attention now, soonest due first")
  public Page<Item> worklist(@QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest paging = Params.page(page, size);
    // the list up to this page's end, selected in the database (capped where page × size is huge)
    int upTo = (int) Math.min((long) paging.offset() + paging.size(), Integer.MAX_VALUE);
    WorklistService.Worklist first = worklist.forCaller(upTo);
    List<Item> items =
        first.entries().stream()
            .skip(paging.offset())
            .limit(paging.size())
            .map(
                e ->
                    new Item(
                        e.accountId(),
                        e.accountName(),
                        e.reason(),
                        Messages.format(Locale.ENGLISH, e.messageKey(), e.args()),
                        e.dueDate()))
            .toList();
    return new Page<>(items, paging.page(), paging.size(), first.total());
  }
}
