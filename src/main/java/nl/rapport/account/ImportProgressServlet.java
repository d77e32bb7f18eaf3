package nl.rapport.account;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * The import screen's progress, for the page to poll while its import runs: {@code {"rows": n,
 * "percent": p}}, or 404 when there is none (not started, finished, or someone else's). Behind the
 * screens' sign-in like every page.
 */
@WebServlet("/accounts/import-progress")
public class ImportProgressServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ImportProgressService progress;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Optional<ImportProgress> found =
        token(request.getParameter("token"))
            .flatMap(t -> progress.find(t, request.getUserPrincipal().getName()));
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("rows", found.get().getRowsRead())
                .add("percent", found.get().percent())
                .build()
                .toString());
  }

  private static Optional<UUID> token(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
