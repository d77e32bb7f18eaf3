package nl.rapport.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.rapport.platform.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.config.Names;

/**
 * Signs the access tokens of the token endpoint (RS256) and publishes the public half for
 * MicroProfile JWT, which verifies every bearer call ({@link JwksConfigSource}). The key is the
 * operator's ({@code rapport.oauth.signing-key}: a PKCS#8 PEM, or {@code file:} and the path of
 * one) or, without one, a key made by the first node that starts and kept in the database, so that
 * every node of a cluster signs and verifies with the same key.
 */
@Singleton
@Startup
@DependsOn("Database")
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
public class TokenSigner {

  private static final Logger LOG = Logger.getLogger(TokenSigner.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "rapport.oauth.signing-key")
  private Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "rapport.oauth.token-seconds")
  private long tokenSeconds;

  @Inject
  @ConfigProperty(name = Names.ISSUER)
  private String issuer;

  @Inject
  @ConfigProperty(name = Names.AUDIENCES)
  private String audience;

  private RSASSASigner signer;
  private String kid;

  /** An issued token and what it grants. */
  public record Issued(String token, long expiresIn, Set<String> scopes) {}

  @PostConstruct
  void load() {
    try {
      RSAPrivateCrtKey key;
      if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
        String value = configuredKey.get().strip();
        key =
            parse(
                value.startsWith("file:")
                    ? Files.readString(java.nio.file.Path.of(java.net.URI.create(value)))
                    : value);
        kid = "configured-" + thumbprint(key);
      } else {
        key = shared();
      }
      signer = new RSASSASigner(key);
      RSAPublicKey publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
      JWKSet jwks =
          new JWKSet(
              new RSAKey.Builder(publicKey)
                  .keyID(kid)
                  .keyUse(KeyUse.SIGNATURE)
                  .algorithm(JWSAlgorithm.RS256)
                  .build());
      Files.writeString(JwksConfigSource.FILE, jwks.toString(true), StandardCharsets.UTF_8);
      JwksConfigSource.FILE.toFile().deleteOnExit();
      LOG.info(() -> "Token signing key " + kid + " published at " + JwksConfigSource.FILE);
    } catch (GeneralSecurityException | IOException | SQLException e) {
      throw new IllegalStateException("Cannot load the token signing key", e);
    }
  }

  /** A token for this client with these scopes: RS256, MicroProfile JWT's claims. */
  public Issued issue(String clientId, Set<String> scopes) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(clientId)
            .audience(List.of(audience.split(",")[0].strip()))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(tokenSeconds)))
            .jwtID(UUID.randomUUID().toString())
            .claim("upn", clientId)
            .claim("client_id", clientId)
            .claim("groups", List.of(Role.INTEGRATION.name()))
            .claim("scope", Scopes.format(scopes))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
            claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return new Issued(jwt.serialize(), tokenSeconds, scopes);
  }

  /** Whether this token came from us (our issuer), so that its client must still be active. */
  public boolean isOurs(String tokenIssuer) {
    return issuer.equals(tokenIssuer);
  }

  private RSAPrivateCrtKey shared() throws SQLException, GeneralSecurityException {
    try (Connection connection = dataSource.getConnection()) {
      Optional<RSAPrivateCrtKey> stored = stored(connection);
      if (stored.isPresent()) {
        return stored.get();
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      RSAPrivateCrtKey made = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into signing_key (slot, kid, private_key, created_at) values (?, ?, ?, ?)")) {
        insert.setString(1, "current");
        insert.setString(2, "rapport-" + thumbprint(made));
        insert.setString(3, Base64.getEncoder().encodeToString(made.getEncoded()));
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.executeUpdate();
        LOG.info("Made the cluster's token signing key");
      } catch (SQLException e) {
        // another node made it at the same moment: use theirs
        LOG.info(() -> "Another node made the signing key first: " + e.getMessage());
      }
      return stored(connection)
          .orElseThrow(() -> new IllegalStateException("The signing key was not stored"));
    }
  }

  private Optional<RSAPrivateCrtKey> stored(Connection connection)
      throws SQLException, GeneralSecurityException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "select kid, private_key from signing_key where slot = 'current'");
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      kid = row.getString(1);
      return Optional.of(
          (RSAPrivateCrtKey)
              KeyFactory.getInstance("RSA")
                  .generatePrivate(
                      new PKCS8EncodedKeySpec(Base64.getDecoder().decode(row.getString(2)))));
    }
  }

  static RSAPrivateCrtKey parse(String pem) throws GeneralSecurityException {
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s+", "");
    try {
      return (RSAPrivateCrtKey)
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new GeneralSecurityException(
          "rapport.oauth.signing-key is not an RSA private key in PKCS#8 PEM", e);
    }
  }

  /** A short, stable name for a key: the start of its modulus' SHA-256. */
  private static String thumbprint(RSAPrivateCrtKey key) throws GeneralSecurityException {
    return HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(key.getModulus().toByteArray()))
        .substring(0, 16);
  }
}
