package nl.rapport.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The versioned integration API. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Rapport API",
            version = "1",
            description =
                "Accounts, contacts, the contact log, complaints and relationship types."
                    + " Errors are application/problem+json; lists are paged from page 0."),
    security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token from POST /oauth/token (client credentials)")
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "People: user name and password (rapport.api.basic-auth-enabled)")
// Payara verifies bearer tokens with MicroProfile JWT; the application's own mechanism hands
// them over (security.RapportAuthentication)
@LoginConfig(authMethod = "MP-JWT", realmName = "rapport")
// a bean, so that Payara's CDI extension sees @LoginConfig (beans.xml discovers annotated beans)
@jakarta.enterprise.context.ApplicationScoped
public class RestApplication extends Application {}
