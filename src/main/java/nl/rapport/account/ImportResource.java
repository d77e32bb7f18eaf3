package nl.rapport.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import nl.rapport.platform.RapportException;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /imports}: accounts and contacts from another system's CSV, upserted by {@code
 * externalId}; {@code ?dryRun=true} first to see what would happen. The columns are documented in
 * docs/api.md, and each import's template (its header row) is {@code GET /imports/{kind}/template}.
 */
@RequestScoped
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@ApiScope("accounts")
public class ImportResource {

  static final String CSV = "text/csv";

  @Inject private AccountImport imports;

  @POST
  @Path("accounts")
  @Consumes({CSV, MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Import accounts from CSV (upsert by externalId); dryRun=true writes nothing",
      description =
          "UTF-8 (a byte-order mark is fine), comma- or semicolon-separated, a header row with"
              + " the columns externalId, name (required), industry, country, owner, team"
              + " (user names separated by | or spaces), relationshipType, lifecycle,"
              + " communityMember, socialActivator, customerSince. Each row lands whole or not at"
              + " all; refused rows are listed in errors with row (the header is row 1), field and"
              + " message. An unknown or missing column refuses the whole file (400).")
  @RequestBody(
      content =
          @Content(
              mediaType = CSV,
              examples =
                  @ExampleObject(
                      name = "two accounts",
                      value =
                          "externalId;name;industry;country;lifecycle\n"
                              + "ERP-1001;Bakkerij Jansen;Food;NL;ACTIVE\n"
                              + "ERP-1002;Molenaar Metaal;Metaal;NL;PROSPECT\n")))
  public ImportReport accounts(
      @QueryParam("dryRun") @Parameter(description = "true: validate and report only")
          String dryRun,
      InputStream csv) {
    return imports.accounts(csv, flag(dryRun));
  }

  @POST
  @Path("contacts")
  @Consumes({CSV, MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Import contacts from CSV (upsert by externalId); dryRun=true writes nothing",
      description =
          "As accounts, with the columns externalId, accountExternalId (the account's externalId),"
              + " firstName, lastName (required), email, phone, jobTitle, birthday,"
              + " preferredLanguage, preferredChannel, marketingConsent, consentSource.")
  public ImportReport contacts(
      @QueryParam("dryRun") @Parameter(description = "true: validate and report only")
          String dryRun,
      InputStream csv) {
    return imports.contacts(csv, flag(dryRun));
  }

  @GET
  @Path("{kind}/template")
  @Produces(CSV)
  @Operation(summary = "The header row an import of accounts or contacts takes")
  public Response template(@jakarta.ws.rs.PathParam("kind") String kind) {
    Set<String> columns =
        switch (kind) {
          case "accounts" -> ImportedAccount.COLUMNS;
          case "contacts" -> ImportedContact.COLUMNS;
          default -> throw RapportException.notFound("Import " + kind);
        };
    return Response.ok(String.join(",", columns) + "\r\n", CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"rapport-" + kind + ".csv\"")
        .build();
  }

  private static boolean flag(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw RapportException.badRequest("dryRun", "dryRun must be true or false");
    };
  }
}
