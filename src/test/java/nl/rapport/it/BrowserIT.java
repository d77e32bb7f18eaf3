package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import nl.rapport.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The account manager's key screens in headless Debian Chromium: sign in, open an account, log a
 * contact through the dialog and see it on the timeline. Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private WebDriver browser;
  private WebDriverWait wait;
  private java.nio.file.Path downloads;

  @BeforeEach
  void openBrowser() throws IOException {
    downloads = java.nio.file.Files.createTempDirectory("rapport-downloads-");
    browser = Chromium.start(downloads);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    // full-page navigations replace the elements a condition is looking at
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    if (browser != null) {
      screenshot(test.getTestMethod().map(m -> m.getName()).orElse("browser") + "-end");
      try {
        // every screen this test went through ran under the Content-Security-Policy
        assertEquals(
            List.of(),
            Chromium.policyViolations((org.openqa.selenium.chrome.ChromeDriver) browser),
            "nothing was refused by the Content-Security-Policy");
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void anAccountManagerLogsAContactAndSeesItOnTheTimeline() {
    Api anna = Api.as(base, "anna");
    String name = Api.unique("Brouwerij Het Anker");
    String account = anna.createAccount(name, "\"industry\":\"Voeding\",\"country\":\"NL\"");

    browser.get(base + "accounts/account.xhtml?id=" + account);
    signIn("anna");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountName"), name));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.getPageSource().contains("No contact moments yet"), "a clear empty state");

    browser.findElement(By.id("contactActions:addContact")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:firstName")))
        .sendKeys("Kees");
    browser.findElement(By.id("contactForm:lastName")).sendKeys("Smit");
    browser.findElement(By.id("contactForm:email")).sendKeys("kees@example.nl");
    browser.findElement(By.id("contactForm:saveContact")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), "Kees Smit"));
    ajaxIdle();
    assertEquals(
        "kees@example.nl",
        anna.get("accounts/" + account + "/contacts").items().getJsonObject(0).getString("email"));

    browser.findElement(By.id("actions:logButton")).click();
    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:summary")));
    screenshot("log-dialog");
    // clicking the chosen channel again keeps it chosen (a toggle would leave none)
    By chosen = By.cssSelector("[id='logForm:channel'] .ui-button.ui-state-active");
    String channel = browser.findElement(chosen).getText();
    browser.findElement(chosen).click();
    assertEquals(channel, browser.findElement(chosen).getText());
    String text =
        "Visited the brewery; they want to co-create a seasonal beer " + System.nanoTime();
    summary.sendKeys(text);
    // Ctrl+Enter saves from the summary (a handler PrimeFaces moves into a nonce'd script)
    summary.sendKeys(
        org.openqa.selenium.Keys.chord(
            org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.ENTER));

    WebElement entry =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[@class='timeline']/li[contains(., '" + text + "')]")));
    assertTrue(
        entry.getAttribute("class").contains("personal"), "a phone call is personal contact");
    assertTrue(entry.getText().contains("Phone"), entry.getText());
    assertTrue(
        entry.getText().contains("Kees Smit"), "the dialog defaulted to the account's contact");
    screenshot("timeline");

    var timeline = anna.get("accounts/" + account + "/interactions").json();
    assertEquals(1, timeline.getInt("total"), "one contact moment stored");
    assertEquals(text, timeline.getJsonArray("items").getJsonObject(0).getString("summary"));
  }

  @Test
  void aScreenSessionDoesNotAuthenticateTheApi() throws Exception {
    browser.get(base + "accounts/list.xhtml");
    org.openqa.selenium.Cookie before = browser.manage().getCookieNamed("JSESSIONID");
    signIn("anna");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:signOut")));
    org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    assertTrue(session != null, "the screens keep a session");
    assertTrue(
        before == null || !before.getValue().equals(session.getValue()),
        "signing in changes the session id");
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.URI accounts = java.net.URI.create(base + "api/v1/accounts");
    java.net.http.HttpResponse<String> cookieOnly =
        http.send(
            java.net.http.HttpRequest.newBuilder(accounts)
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(401, cookieOnly.statusCode(), "a session cookie alone is no API credential");
    assertTrue(cookieOnly.headers().firstValue("WWW-Authenticate").isPresent());
    java.net.http.HttpResponse<String> wrongPassword =
        http.send(
            java.net.http.HttpRequest.newBuilder(accounts)
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                "anna:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(401, wrongPassword.statusCode(), "a wrong password stays wrong with a cookie");

    browser.get(base + "accounts/list.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:signOut")));
    assertEquals(
        session.getValue(),
        browser.manage().getCookieNamed("JSESSIONID").getValue(),
        "the screens still work on the same session");
  }

  @Test
  void aStaleViewOrAnEndedSessionIsAFriendlyPageNeverAnError() {
    Api anna = Api.as(base, "anna");
    String name = Api.unique("Verlopen");
    String account = anna.createAccount(name, null);
    browser.get(base + "accounts/account.xhtml?id=" + account);
    signIn("anna");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountName"), name));

    // the server no longer knows this page's view (a restart, another node): it loads again
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (e) { e.value = '1:1'; });");
    browser.findElement(By.id("contactActions:addContact")).click();
    WebElement note =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(., 'This page had expired and has been loaded again')]")));
    assertTrue(note.isDisplayed());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountName"), name));
    assertTrue(browser.getCurrentUrl().contains("id=" + account), browser.getCurrentUrl());
    assertTrue(!browser.getPageSource().contains("ViewExpiredException"));

    // the session is gone (expired, or its node died): sign in again, then back to the account
    browser.manage().deleteCookieNamed("JSESSIONID");
    browser.findElement(By.id("contactActions:addContact")).click();
    WebElement expired =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:expired")));
    assertTrue(expired.getText().contains("Your session has ended"), expired.getText());
    signIn("anna");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountName"), name));
    assertTrue(browser.getCurrentUrl().contains("id=" + account), browser.getCurrentUrl());
    screenshot("expired-session-back-on-the-account");
  }

  @Test
  void theAccountListAndTheLanguageChoiceRememberedPerUser() {
    Api bram = Api.as(base, "bram");
    String name = Api.unique("Fietsfabriek Oost");
    bram.createAccount(name, "\"relationshipType\":\"COMMUNAL_SHARING\"");

    browser.get(base + "accounts/list.xhtml");
    signIn("bram");
    WebElement search =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:search")));
    search.sendKeys(name.substring(name.length() - 8));
    wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#accounts\\:table a.account-link"), 1));
    assertTrue(browser.findElement(By.id("accounts:table")).getText().contains("Communal sharing"));
    assertEquals("My accounts", browser.findElement(By.id("heading")).getText(), "his portfolio");

    browser.findElement(By.xpath("//a[@lang='nl']")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
    assertTrue(browser.getPageSource().contains("Mijn accounts"));
    screenshot("accounts-nl");

    browser.findElement(By.id("nav:signOut")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    browser.get(base + "accounts/list.xhtml");
    signIn("bram");
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
    assertTrue(
        browser.getPageSource().contains("Mijn accounts"), "the choice is remembered for the user");

    browser.findElement(By.xpath("//a[@lang='en']")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
  }

  @Test
  void theDashboardLeadsFromAWorklistReasonToLoggingTheContactThatResolvesIt() {
    Api anna = Api.as(base, "anna");
    String name = Api.unique("Zorggroep Het Baken");
    String account =
        anna.createAccount(
            name, "\"relationshipType\":\"COMMUNAL_SHARING\",\"lifecycle\":\"ACTIVE\"");
    String fortyDaysAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(40)).toString();
    anna.post(
        "accounts/" + account + "/interactions",
        "{\"channel\":\"VISIT\",\"purpose\":\"CHECK_IN\",\"effortScore\":6,\"occurredAt\":\""
            + fortyDaysAgo
            + "\",\"followUpDate\":\""
            + java.time.LocalDate.now().minusDays(3)
            + "\"}");

    browser.get(base.toString());
    signIn("anna");
    // the demo portfolio (loaded for the tests) has a contact whose birthday is five days away
    WebElement demo =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//tr[.//a[text()='Zeeuwse Mosselkwekerij Oosterschelde'] and contains(., 'Birthday')]")));
    assertTrue(demo.getText().contains("has a birthday on"), demo.getText());
    WebElement row =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//a[text()='" + name + "']]")));
    assertTrue(row.getText().contains("Personal contact overdue"), row.getText());
    assertTrue(
        row.getText().contains("Follow-up due"), "both reasons on one row: " + row.getText());
    assertEquals(
        1,
        browser.findElements(By.xpath("//tr[.//a[text()='" + name + "']]")).size(),
        "one row per account");
    assertTrue(
        row.getText().contains("every 30 days"), "communal accounts need contact every 30 days");
    String lastContact =
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(java.util.Locale.ENGLISH)
            .format(
                java.time.LocalDate.ofInstant(
                    java.time.Instant.parse(fortyDaysAgo),
                    java.time.ZoneId.of("Europe/Amsterdam")));
    assertTrue(
        row.getText().contains("Last personal contact " + lastContact),
        "dates as people write them, not ISO: " + row.getText());
    screenshot("dashboard");

    row.findElement(By.className("log-link")).click();
    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:summary")));
    wait.until(d -> "logForm:summary".equals(d.switchTo().activeElement().getAttribute("id")));
    summary.sendKeys("Dropped by with the new care programme");
    browser.findElement(By.id("logForm:save")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath(
                "//ul[@class='timeline']/li[contains(., 'Dropped by with the new care programme')]")));
    WebElement framing =
        browser.findElement(By.xpath("//ul[@class='timeline']/li[contains(@class, 'transition')]"));
    assertTrue(
        framing.getText().contains("Framed at creation"),
        "the relationship history is on the timeline too: " + framing.getText());

    WebElement evidence =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
    assertTrue(evidence.getText().contains("Customer effort 6/7 (83 points)"), evidence.getText());
    assertTrue(browser.findElement(By.id("engagementLevel")).getText().startsWith("Level"));
    assertTrue(browser.findElement(By.id("churnBucket")).getText().contains("Low"));
    screenshot("account-engagement");

    browser.findElement(By.id("nav:navDashboard")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:table")));
    assertTrue(
        browser.findElements(By.xpath("//tr[.//a[text()='" + name + "']]")).isEmpty(),
        "the contact resolved the worklist reason");
    assertTrue(
        browser.findElements(By.id("nav:navSegments")).isEmpty(),
        "marketing screens are not offered");
    browser.get(base + "segment/segments.xhtml");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "403"));
  }

  @Test
  void marketingDraftsAPriceFramedCampaignAndSeesCommunalContactsSuppressed() {
    Api anna = Api.as(base, "anna");
    String industry = "Browser " + System.nanoTime();
    String communal =
        anna.createAccount(
            Api.unique("Zorgcoöperatie"),
            "\"industry\":\"" + industry + "\",\"relationshipType\":\"COMMUNAL_SHARING\"");
    String market =
        anna.createAccount(
            Api.unique("Groothandel"),
            "\"industry\":\"" + industry + "\",\"relationshipType\":\"MARKET_PRICING\"");
    for (String account : java.util.List.of(communal, communal, market)) {
      anna.post(
          "accounts/" + account + "/contacts",
          "{\"firstName\":\"A\",\"lastName\":\"B\",\"marketingConsent\":true}");
    }
    Api.as(base, "maria")
        .post(
            "brand/values",
            "{\"name\":\"Care\",\"evidence\":\"A named care contact for every customer\"}");

    browser.get(base + "segment/segments.xhtml");
    signIn("maria");
    String segmentName = Api.unique("Mixed audience");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("segment:name")))
        .sendKeys(segmentName);
    browser.findElement(By.id("segment:industries")).sendKeys(industry);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("count"), "2 accounts match"));
    browser.findElement(By.id("segment:save")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(segmentName)));
    screenshot("segment-builder");

    browser.get(base + "campaign/campaign.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign:name")))
        .sendKeys("Spring price offer");
    String segmentId =
        Api.as(base, "maria")
            .get("segments")
            .items()
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .filter(o -> o.getString("name").equals(segmentName))
            .findFirst()
            .orElseThrow()
            .getString("id");
    // choosing through the widget's own API: clicking into an opening panel races its animation
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var w = PF('segmentMenu'); w.selectValue(arguments[0]); w.input.trigger('change');",
            segmentId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("targeted")));
    browser
        .findElement(By.xpath("//div[@id='campaign:framing']//div[contains(., 'Market pricing')]"))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("li.suppressed-NORM_VIOLATION"), ": 2"));
    WebElement values = browser.findElement(By.id("campaign:values_input"));
    values.sendKeys("Care");
    values.sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#campaign\\:values li.ui-chips-token"), "Care"));
    ajaxIdle();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("targeted"), "1"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("li.suppressed-NORM_VIOLATION"), "Norm violation"));
    screenshot("campaign-guardrails");
    List<String> findings =
        browser.findElements(By.cssSelector(".finding")).stream().map(WebElement::getText).toList();
    assertFalse(findings.isEmpty(), "a market campaign on this audience has findings");
    assertTrue(
        findings.stream().noneMatch(f -> f.matches("(?s).*\\b[A-Z]+_[A-Z_]+\\b.*")),
        "findings speak to people, not in codes: " + findings);
    browser.findElement(By.id("campaign:save")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    assertTrue(browser.findElement(By.id("status")).getText().contains("Draft"));

    // marketing reads every account: the list is not called hers
    browser.get(base + "accounts/list.xhtml");
    assertEquals(
        "Accounts",
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("heading"))).getText());
  }

  @Test
  void marketingRunsACampaignFromActivationToCompletionAndMovesMembersOnScreen() {
    Api anna = Api.as(base, "anna");
    String industry = "Levensloop " + System.nanoTime();
    String account =
        anna.createAccount(
            Api.unique("Buurtzorg"),
            "\"industry\":\"" + industry + "\",\"relationshipType\":\"COMMUNAL_SHARING\"");
    for (String first : List.of("Ada", "Bas", "Cor")) {
      anna.post(
          "accounts/" + account + "/contacts",
          "{\"firstName\":\"" + first + "\",\"lastName\":\"Lid\",\"marketingConsent\":true}");
    }
    Api maria = Api.as(base, "maria");
    maria.post("brand/values", "{\"name\":\"Care\",\"evidence\":\"A named care contact\"}");
    Reply segment =
        maria.post(
            "segments",
            "{\"name\":\""
                + Api.unique("Levensloop")
                + "\",\"criteria\":{\"industries\":[\""
                + industry
                + "\"]}}");
    assertEquals(201, segment.status(), segment::toString);
    String name = Api.unique("Samen verder");
    Reply created =
        maria.post(
            "campaigns",
            "{\"name\":\""
                + name
                + "\",\"values\":[\"Care\"],\"framing\":\"COMMUNAL_SHARING\","
                + "\"goal\":\"RETENTION\",\"financialIncentive\":false,\"channel\":\"EMAIL\","
                + "\"segmentId\":\""
                + segment.json().getString("id")
                + "\"}");
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    Reply approved =
        maria.post(
            "campaigns/" + id + "/approve", "{\"override\":true,\"reason\":\"small pilot\"}");
    assertEquals(200, approved.status(), approved::toString);

    browser.get(base + "campaign/campaign.xhtml?id=" + id);
    signIn("maria");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("campaign:activate"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Active"));
    assertEquals("ACTIVE", maria.get("campaigns/" + id).json().getString("status"));

    // two members sent in bulk, then one of them responded by its own button
    String boxes = "#members\\:table tbody .ui-selection-column .ui-chkbox-box";
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(boxes), 3));
    List<WebElement> ticks = browser.findElements(By.cssSelector(boxes));
    ticks.get(0).click();
    ticks.get(1).click();
    browser.findElement(By.id("members:bulkSENT")).click();
    String sent = "//span[@class='member-status' and text()='Sent']";
    wait.until(ExpectedConditions.numberOfElementsToBe(By.xpath(sent), 2));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-growl"), "2 members now Sent"));
    ajaxIdle();
    browser
        .findElement(
            By.xpath(
                "//tr[.//span[@class='member-status' and text()='Sent']]//button[contains(@id,':next')]"))
        .click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath("//span[@class='member-status' and text()='Responded']")));
    screenshot("campaign-members");
    java.util.Map<String, List<Accessibility.Violation>> violations =
        new java.util.LinkedHashMap<>();
    audit(violations, "campaign with its members");

    // the rest in one go
    browser.findElement(By.id("members:sendAll")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.xpath(sent), 2));
    wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.xpath("//span[@class='member-status' and text()='Targeted']"), 0));
    jakarta.json.JsonObject byStatus =
        maria.get("campaigns/" + id + "/results").json().getJsonObject("byStatus");
    assertEquals(2, byStatus.getInt("SENT"), byStatus.toString());
    assertEquals(1, byStatus.getInt("RESPONDED"), byStatus.toString());

    ajaxIdle();
    browser.findElement(By.id("campaign:complete")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Completed"));
    assertTrue(
        browser.findElements(By.id("members:sendAll")).isEmpty(), "no changes after completion");
    assertEquals("COMPLETED", maria.get("campaigns/" + id).json().getString("status"));

    // the list, filtered by status
    browser.get(base + "campaign/campaigns.xhtml");
    choose("filters:status", "Completed");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(name)));
    audit(violations, "campaigns list");
    choose("filters:status", "Draft");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.linkText(name)));

    // a campaign that is not there is the application's 404 page, not a server error
    browser.get(base + "campaign/campaign.xhtml?id=" + java.util.UUID.randomUUID());
    WebElement missing =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
    assertTrue(missing.getText().contains("does not exist"), missing.getText());
    assertFalse(browser.getPageSource().contains("Exception"), "no exception shown");
    violations.values().removeIf(List::isEmpty);
    assertEquals(java.util.Map.of(), violations, "critical and serious violations per screen");
  }

  @Test
  void marketingAndAdministratorsEachGetAFirstPageOfTheirOwn() {
    java.util.Map<String, List<Accessibility.Violation>> violations =
        new java.util.LinkedHashMap<>();
    long accounts = Api.as(base, "maria").get("accounts?size=1").json().getInt("total");
    browser.get(base + "engagement/dashboard.xhtml");
    signIn("maria");
    WebElement marketing =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("marketing")));
    assertTrue(
        browser.findElements(By.id("worklist:table")).isEmpty(), "no worklist for marketing");
    assertTrue(marketing.getText().contains(accounts + " accounts"), marketing.getText());
    assertTrue(
        marketing.getText().contains("Conversion per relationship type"), marketing.getText());
    assertTrue(
        marketing.getText().contains("Draft:"), "campaigns per status: " + marketing.getText());
    ajaxIdle();
    screenshot("dashboard-marketing");
    audit(violations, "marketing dashboard");
    // a status count leads to the campaigns with that status
    browser
        .findElement(
            By.xpath("//a[contains(@class,'status-count') and starts-with(text(),'Active:')]"))
        .click();
    wait.until(ExpectedConditions.urlContains("status=ACTIVE"));

    browser.manage().deleteAllCookies();
    long users = Api.as(base, "admin").get("admin/users?size=1").json().getInt("total");
    browser.get(base + "engagement/dashboard.xhtml");
    signIn("admin");
    WebElement admin = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin")));
    assertTrue(
        browser.findElement(By.id("userCounts")).getText().startsWith(users + " users"),
        browser.findElement(By.id("userCounts")).getText());
    String health = browser.findElement(By.id("health")).getText();
    assertTrue(health.contains("up") && health.contains("database"), health);
    assertTrue(browser.findElement(By.id("webhookBacklog")).getText().contains("subscriptions"));
    assertTrue(admin.isDisplayed());
    ajaxIdle();
    screenshot("dashboard-admin");
    audit(violations, "admin dashboard");
    violations.values().removeIf(List::isEmpty);
    assertEquals(java.util.Map.of(), violations, "critical and serious violations per screen");
  }

  @Test
  void anAccountManagerStartsAReframingTrajectoryAndMarketingFollowsIt() {
    Api anna = Api.as(base, "anna");
    String name = Api.unique("Herkadering BV");
    String account = anna.createAccount(name, "\"relationshipType\":\"MARKET_PRICING\"");
    java.util.Map<String, List<Accessibility.Violation>> violations =
        new java.util.LinkedHashMap<>();
    browser.get(base + "accounts/account.xhtml?id=" + account);
    signIn("anna");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("relationship:changeType"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reframeForm:goal")))
        .sendKeys("They see us as their partner in care");
    browser
        .findElement(By.id("reframeForm:reason"))
        .sendKeys("They asked for a long-term partnership");
    browser
        .findElement(By.id("reframeForm:steps"))
        .sendKeys(
            "Visit the board in person\nInvite them to the user group\nPlan the year together");
    browser.findElement(By.id("reframeForm:confirm")).click();
    WebElement trajectory =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("relationship:trajectory")));
    assertTrue(trajectory.getText().contains("0 of 3 steps done"), trajectory.getText());
    jakarta.json.JsonObject relationship = anna.get("accounts/" + account + "/relationship").json();
    assertEquals("COMMUNAL_SHARING", relationship.getString("current"));

    browser.findElement(By.xpath("//li/button[contains(@id,':step')][1]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("relationship:trajectory"), "1 of 3 steps done"));
    ajaxIdle();
    screenshot("trajectory-account");
    audit(violations, "account page with a trajectory");

    browser.manage().deleteAllCookies();
    browser.get(base + "relationship/trajectories.xhtml");
    signIn("maria");
    String row = "//tr[.//a[text()='" + name + "']]";
    WebElement line = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(row)));
    assertTrue(
        line.getText().contains("33%")
            && line.getText().contains("Invite them to the user group")
            && line.getText().contains("Active"),
        line.getText());
    screenshot("trajectories");
    audit(violations, "trajectories");

    // back to market pricing: the trajectory is given up
    Reply back =
        anna.post(
            "accounts/" + account + "/relationship",
            "{\"to\":\"MARKET_PRICING\",\"reason\":\"They only want the lowest price\"}");
    assertTrue(back.status() < 300, back::toString);
    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row), "Abandoned"));
    violations.values().removeIf(List::isEmpty);
    assertEquals(java.util.Map.of(), violations, "critical and serious violations per screen");
  }

  @Test
  void anAdministratorAddsAUserAndReadsTheChangeInTheAuditTrail() {
    String name = "b" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String password = "paper lantern harbour";
    browser.get(base + "admin/users.xhtml");
    signIn("admin");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("userActions:newUser"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:username")))
        .sendKeys(name);
    browser.findElement(By.id("userForm:displayName")).sendKeys("Bea Browser");
    // account manager is ticked for a new user; marketing is added
    browser.findElement(By.xpath("//label[@for='userForm:roles:1']")).click();
    browser.findElement(By.id("userForm:password")).sendKeys(password);
    browser.findElement(By.id("userForm:saveUser")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:users"), name));
    ajaxIdle();
    String row =
        browser
            .findElement(By.xpath("//tr[.//span[@class='user-name' and text()='" + name + "']]"))
            .getText();
    assertTrue(row.contains("Account manager") && row.contains("Marketing"), row);

    Api bea = Api.withPassword(base, name, password);
    assertEquals(200, bea.get("accounts").status(), "the new user signs in with the password set");

    browser.findElement(By.id("nav:navAudit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:entityId")))
        .sendKeys(name);
    browser.findElement(By.id("auditForm:search")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:trail"), "CREATE"));
    String trail = browser.findElement(By.id("auditForm:trail")).getText();
    assertTrue(trail.contains("displayName: — → Bea Browser"), trail);
    assertTrue(trail.contains("roles: — → ACCOUNT_MANAGER,MARKETING"), trail);
    assertFalse(trail.toLowerCase().contains(password), "no password in the trail");
    screenshot("audit-trail");

    // marketing cannot open the administration
    browser.findElement(By.id("nav:signOut")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    browser.get(base + "admin/users.xhtml");
    signIn("maria");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:signOut")));
    assertTrue(browser.findElements(By.id("usersForm:users")).isEmpty(), "no user list for her");
    assertTrue(browser.findElements(By.id("nav:navUsers")).isEmpty(), "no menu item for her");
  }

  @Test
  void anAccountManagerDownloadsAContactsDataAndErasesThem() throws Exception {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Wisbaar"), null);
    String contact =
        anna.post(
                "accounts/" + account + "/contacts",
                "{\"firstName\":\"Joost\",\"lastName\":\"Dekker\",\"email\":\"joost@dekker.nl\"}")
            .json()
            .getString("id");
    assertEquals(
        201,
        anna.post(
                "accounts/" + account + "/interactions",
                "{\"contactId\":\""
                    + contact
                    + "\",\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\","
                    + "\"summary\":\"Joost Dekker wants a visit\"}")
            .status());

    browser.get(base + "accounts/account.xhtml?id=" + account);
    signIn("anna");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), "Joost Dekker"));
    browser.findElement(By.cssSelector("button[aria-label='Download data: Joost Dekker']")).click();
    java.nio.file.Path file = downloads.resolve("personal-data-" + contact + ".json");
    wait.until(d -> java.nio.file.Files.exists(file));
    String export = java.nio.file.Files.readString(file);
    assertTrue(export.contains("\"email\": \"joost@dekker.nl\""), export);
    assertTrue(export.contains("Joost Dekker wants a visit"), export);

    browser.findElement(By.cssSelector("button[aria-label='Erase: Joost Dekker']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eraseForm:confirmErase")));
    assertEquals("Joost Dekker", browser.findElement(By.id("eraseName")).getText());
    assertEquals(
        "eraseForm:cancelErase",
        browser.switchTo().activeElement().getAttribute("id"),
        "the safe choice has the focus");
    browser.findElement(By.id("eraseForm:confirmErase")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timelineForm:timeline"), "[erased] wants a visit"));
    assertFalse(browser.findElement(By.id("contacts")).getText().contains("Joost"));
    assertEquals(404, anna.get("contacts/" + contact).status());
    screenshot("erased-contact");
  }

  @Test
  void anAdministratorGivesASystemAClientWhoseSecretIsShownOnceAndRevokesIt() {
    String name = Api.unique("ERP koppeling");
    browser.get(base + "admin/clients.xhtml");
    signIn("admin");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("clientActions:newClient"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientForm:name")))
        .sendKeys(name);
    browser.findElement(By.xpath("//label[@for='clientForm:scopes:0']")).click(); // accounts:read
    browser.findElement(By.id("clientForm:saveClient")).click();
    WebElement secret =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secretForm:secret")));
    String clientId = browser.findElement(By.id("secretForm:newClientId")).getAttribute("value");
    String clientSecret = secret.getAttribute("value");
    assertTrue(clientSecret.length() >= 40, "a long random secret: " + clientSecret.length());

    Reply token =
        Api.anonymous(base)
            .form(
                "oauth/token",
                java.util.Map.of(
                    "grant_type", "client_credentials",
                    "client_id", clientId,
                    "client_secret", clientSecret),
                java.util.Map.of());
    assertEquals(200, token.status(), token::toString);
    assertEquals("accounts:read", token.json().getString("scope"));
    Api system = Api.withToken(base, token.json().getString("access_token"));
    assertEquals(200, system.get("accounts?size=1").status());

    browser.findElement(By.id("secretForm:secretDone")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretForm:secret")));
    assertFalse(browser.getPageSource().contains(clientSecret), "the secret is gone from the page");
    String row =
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[.//span[text()='" + clientId + "']]")))
            .getText();
    assertTrue(row.contains(name) && row.contains("accounts:read") && row.contains("Active"), row);

    browser.findElement(By.cssSelector("button[aria-label='Revoke " + clientId + "']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("clientsForm:confirmYes"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.xpath("//tr[.//span[text()='" + clientId + "']]"), "Revoked"));
    assertEquals(401, system.get("accounts?size=1").status(), "its token stopped at once");
  }

  @Test
  void anAccountManagerImportsAFileAfterSeeingWhatItWouldDo() throws IOException {
    String tag = Api.unique("Scherm").replace(' ', '-');
    java.nio.file.Path file = java.nio.file.Files.createTempFile("rapport-import-", ".csv");
    java.nio.file.Files.writeString(
        file,
        "\uFEFFexternalId;name;industry;country\r\n"
            + tag
            + "-1;Bakkerij "
            + tag
            + ";Food;NL\r\n"
            + tag
            + "-2;Drukkerij "
            + tag
            + ";Print;NL\r\n"
            + tag
            + "-3;Fout "
            + tag
            + ";Bouw;Nederland\r\n");
    browser.get(base + "accounts/list.xhtml");
    signIn("anna");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts:import"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("importForm:file")))
        .sendKeys(file.toString());
    browser.findElement(By.id("importForm:preview")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("importForm:importNow")));
    assertEquals("2", browser.findElement(By.id("created")).getText());
    assertEquals("1", browser.findElement(By.id("failed")).getText());
    String refused = browser.findElement(By.id("importForm:errors")).getText();
    assertTrue(refused.contains("4") && refused.contains("country"), refused);
    Api anna = Api.as(base, "anna");
    assertEquals(
        0, anna.get("accounts?q=" + tag).json().getInt("total"), "the check wrote nothing");
    screenshot("import-preview");

    browser.findElement(By.id("importForm:importNow")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Imported"));
    assertEquals("2", browser.findElement(By.id("created")).getText());
    assertTrue(
        browser.findElements(By.id("importForm:importNow")).isEmpty(), "the file is imported once");
    assertEquals(2, anna.get("accounts?q=" + tag).json().getInt("total"));
    java.nio.file.Files.deleteIfExists(file);
  }

  @Test
  void aLargeFilesCheckShowsHowFarItHasRead() throws IOException {
    int rows = 20_000;
    StringBuilder csv = new StringBuilder("externalId;name;industry\r\n");
    String tag = Api.unique("Groot").replace(' ', '-');
    for (int i = 0; i < rows; i++) {
      csv.append(tag).append('-').append(i).append(";Klant ").append(i).append(";Food\r\n");
    }
    java.nio.file.Path file = java.nio.file.Files.createTempFile("rapport-large-", ".csv");
    java.nio.file.Files.writeString(file, csv);
    browser.get(base + "accounts/import.xhtml");
    signIn("anna");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("importForm:file")))
        .sendKeys(file.toString());
    browser.findElement(By.id("importForm:preview")).click();
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("importForm:importNow")));
    assertEquals(Integer.toString(rows), browser.findElement(By.id("rows")).getText());
    // what the page showed while the check ran, as its script kept it for this tab
    String seen =
        (String)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return sessionStorage.getItem('rapportImportSeen');");
    List<jakarta.json.JsonObject> steps =
        jakarta.json.Json.createReader(new java.io.StringReader(seen == null ? "[]" : seen))
            .readArray()
            .getValuesAs(jakarta.json.JsonObject.class);
    assertFalse(steps.isEmpty(), "the page showed progress while the file was read");
    int before = 0;
    for (jakarta.json.JsonObject step : steps) {
      int read = step.getInt("rows");
      int percent = step.getInt("percent");
      assertTrue(read >= before && read <= rows && percent >= 0 && percent <= 99, steps::toString);
      before = read;
    }
    assertTrue(before > 0, "some rows were counted: " + steps);
    java.nio.file.Files.deleteIfExists(file);
  }

  /** Records this screen's critical and serious axe-core violations under its name. */
  private void audit(java.util.Map<String, List<Accessibility.Violation>> found, String screen) {
    ajaxIdle();
    List<Accessibility.Violation> violations = Accessibility.serious(browser);
    found.put(screen, violations);
    System.out.printf(
        "axe %s: %d critical, %d serious rules (%d elements) %s%n",
        screen,
        violations.stream().filter(v -> v.impact().equals("critical")).count(),
        violations.stream().filter(v -> v.impact().equals("serious")).count(),
        violations.stream().mapToInt(Accessibility.Violation::elements).sum(),
        violations);
  }

  @Test
  void theMainScreensHaveNoCriticalOrSeriousAccessibilityViolations() {
    java.util.Map<String, List<Accessibility.Violation>> found = new java.util.LinkedHashMap<>();
    browser.get(base + "login.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    audit(found, "login");
    signIn("anna");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:signOut")));
    browser.get(base + "engagement/dashboard.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:table")));
    audit(found, "dashboard");
    browser.get(base + "accounts/list.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:table")));
    audit(found, "accounts list");
    browser.get(base + "interaction/complaints.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaints:table")));
    audit(found, "complaints");
    browser.get(base + "interaction/followups.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followUps:table")));
    audit(found, "follow-ups");
    browser.get(base + "accounts/list.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:table")));
    browser.findElement(By.cssSelector("#accounts\\:table a")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:logButton"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:summary")));
    audit(found, "account page with the log dialog");
    browser.manage().deleteAllCookies();
    browser.get(base + "segment/segments.xhtml");
    signIn("maria");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    audit(found, "segment builder");
    browser.get(base + "campaign/campaign.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign:name")));
    audit(found, "campaign editor");
    found.values().removeIf(List::isEmpty);
    assertEquals(java.util.Map.of(), found, "critical and serious violations per screen");
  }

  /**
   * What sticks out past the right edge of a phone's screen: the page's own width, and each visible
   * element whose box ends beyond it (inside a scrolling box is fine: that box scrolls).
   */
  private List<String> overflow() {
    @SuppressWarnings("unchecked")
    List<String> wide =
        (List<String>)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "var w = document.documentElement.clientWidth, out = [];"
                        + "if (document.documentElement.scrollWidth > w + 1)"
                        + "  out.push('page ' + document.documentElement.scrollWidth + 'px');"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.width === 0 || r.right <= w + 1) return;"
                        + "  for (var p = e.parentElement; p; p = p.parentElement) {"
                        + "    var o = getComputedStyle(p).overflowX;"
                        + "    if (o === 'auto' || o === 'scroll' || o === 'hidden') return; }"
                        + "  out.push((e.id || e.tagName + '.' + e.className) + ' ends at ' +"
                        + "    Math.round(r.right) + 'px'); });"
                        + "return out.slice(0, 15);");
    return wide;
  }

  @Test
  void onAPhoneTheDailyScreensFitTheScreen() {
    // an account of its own, whose facts line is as long as they get ("Nov 30, 2026, 12:07 PM")
    Api anna = Api.as(base, "anna");
    String account =
        anna.createAccount(
            Api.unique("Telefoonklant"),
            "\"industry\":\"Groothandel\",\"customerSince\":\"2024-04-01\"");
    assertEquals(
        201,
        anna.post(
                "accounts/" + account + "/interactions",
                "{\"channel\":\"VISIT\",\"purpose\":\"CHECK_IN\","
                    + "\"occurredAt\":\"2026-11-30T11:07:00Z\"}")
            .status());
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    java.util.Map<String, List<String>> found = new java.util.LinkedHashMap<>();
    browser.get(base + "engagement/dashboard.xhtml");
    signIn("anna");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:table")));
    ajaxIdle();
    found.put("dashboard", overflow());
    WebElement name = browser.findElement(By.cssSelector("#worklist\\:table a.account-link"));
    WebElement cell = name.findElement(By.xpath("./ancestor::td[1]"));
    assertTrue(
        cell.getRect().getWidth() > 150 && name.getRect().getX() >= 0,
        "the worklist shows account names, not 0-px columns: " + cell.getRect());
    screenshot("phone-dashboard");
    browser.get(base + "accounts/list.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:table")));
    ajaxIdle();
    found.put("accounts list", overflow());
    screenshot("phone-accounts");
    browser.get(base + "interaction/followups.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followUps:table")));
    ajaxIdle();
    found.put("follow-ups", overflow());
    screenshot("phone-follow-ups");
    browser.get(base + "accounts/account.xhtml?id=" + account);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:logButton")));
    ajaxIdle();
    found.put("account page", overflow());
    screenshot("phone-account");
    browser.findElement(By.id("actions:logButton")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:summary")));
    ajaxIdle();
    found.put("log dialog", overflow());
    screenshot("phone-log-dialog");
    found.values().removeIf(List::isEmpty);
    assertEquals(java.util.Map.of(), found, "what does not fit 390 px");
  }

  @Test
  void onAPhoneTheOtherScreensFitTooAndPassAxe() {
    // a segment, so that the segment builder's list has a row to check
    Reply segment =
        Api.as(base, "maria")
            .post(
                "segments",
                "{\"name\":\""
                    + Api.unique("Telefoonsegment")
                    + "\",\"criteria\":{\"industries\":[\"Zorg\"]}}");
    assertEquals(201, segment.status(), segment::toString);
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    java.util.Map<String, List<String>> wide = new java.util.LinkedHashMap<>();
    java.util.Map<String, List<Accessibility.Violation>> violations =
        new java.util.LinkedHashMap<>();
    java.util.Map<String, List<String[]>> screens = new java.util.LinkedHashMap<>();
    screens.put(
        "anna",
        List.of(
            new String[] {"interaction/complaints.xhtml", "complaints:table"},
            new String[] {"brand/brand.xhtml", "content"},
            new String[] {"accounts/import.xhtml", "content"}));
    screens.put(
        "maria",
        List.of(
            new String[] {"engagement/dashboard.xhtml", "marketing"},
            new String[] {"campaign/campaigns.xhtml", "campaigns"},
            new String[] {"campaign/campaign.xhtml", "campaign:name"},
            new String[] {"segment/segments.xhtml", "segment:name"},
            new String[] {"relationship/trajectories.xhtml", "trajectories"}));
    screens.put(
        "admin",
        List.of(
            new String[] {"engagement/dashboard.xhtml", "admin"},
            new String[] {"admin/users.xhtml", "content"},
            new String[] {"admin/clients.xhtml", "content"},
            new String[] {"admin/audit.xhtml", "content"}));
    screens.forEach(
        (user, pages) -> {
          browser.manage().deleteAllCookies();
          browser.get(base + "engagement/dashboard.xhtml");
          signIn(user);
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:signOut")));
          for (String[] page : pages) {
            browser.get(base + page[0]);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(page[1])));
            ajaxIdle();
            String name = user + " " + page[0];
            wide.put(name, overflow());
            audit(violations, name);
            screenshot("phone-" + page[0].replaceAll("[/.]", "-"));
          }
        });
    wide.values().removeIf(List::isEmpty);
    violations.values().removeIf(List::isEmpty);
    assertEquals(java.util.Map.of(), wide, "what does not fit 390 px");
    assertEquals(java.util.Map.of(), violations, "critical and serious violations per screen");
  }

  @Test
  void theLogDialogAsksOnceBeforeLoggingWithoutASummaryAndCtrlEnterSavesFromAnyField() {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Dialoog BV"), null);
    browser.get(base + "accounts/account.xhtml?id=" + account);
    signIn("anna");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:logButton"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:summary")));

    // the chosen channel stays chosen when clicked again
    WebElement phone =
        browser.findElement(By.cssSelector("#logForm\\:channel [aria-checked='true']"));
    String chosen = phone.getText();
    phone.click();
    ajaxIdle();
    assertEquals(
        chosen,
        browser.findElement(By.cssSelector("#logForm\\:channel [aria-checked='true']")).getText());

    browser.findElement(By.id("logForm:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("logForm:logMessages"), "no summary"));
    assertTrue(browser.findElement(By.id("logForm:summary")).isDisplayed(), "the dialog stays");
    assertEquals(
        0,
        anna.get("accounts/" + account + "/interactions").json().getInt("total"),
        "nothing logged by accident");

    // asked once: Ctrl+Enter in another field saves it as it is
    browser
        .findElement(By.id("logForm:followUp_input"))
        .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "\n"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("logForm:summary")));
    assertEquals(1, anna.get("accounts/" + account + "/interactions").json().getInt("total"));
  }

  /**
   * The English phrases a Dutch page must not show: every English text of the bundles that its
   * Dutch differs from (its longest stretch without a placeholder, when long enough to be telling),
   * and the framework's own English.
   */
  private static List<String> englishPhrases() {
    java.util.Properties en = new java.util.Properties();
    java.util.Properties nl = new java.util.Properties();
    try (var e = BrowserIT.class.getResourceAsStream("/nl/rapport/i18n/messages.properties");
        var n = BrowserIT.class.getResourceAsStream("/nl/rapport/i18n/messages_nl.properties")) {
      en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
      nl.load(new java.io.InputStreamReader(n, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    List<String> phrases =
        new java.util.ArrayList<>(
            List.of("Validation Error", "Value is required", "No records found", "Loading"));
    for (String key : en.stringPropertyNames()) {
      String english = en.getProperty(key);
      if (english.equals(nl.getProperty(key))) {
        continue;
      }
      java.util.Arrays.stream(english.split("\\{[^}]*}"))
          .map(String::strip)
          .filter(part -> part.length() >= 12 && part.contains(" "))
          .max(java.util.Comparator.comparingInt(String::length))
          .ifPresent(phrases::add);
    }
    return phrases;
  }

  private List<String> englishOn(String screen, List<String> phrases) {
    ajaxIdle();
    String text =
        (String)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.body.innerText;");
    return phrases.stream().filter(text::contains).map(p -> screen + ": " + p).toList();
  }

  @Test
  void inDutchTheDailyScreensShowNoEnglish() {
    List<String> phrases = englishPhrases();
    assertTrue(phrases.size() > 150, "the English texts were read: " + phrases.size());
    Api bram = Api.as(base, "bram");
    String account = bram.createAccount(Api.unique("Taalcheck BV"), null);
    List<String> found = new java.util.ArrayList<>();
    browser.get(base + "engagement/dashboard.xhtml");
    signIn("bram");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[@lang='nl']"))).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:table")));
      found.addAll(englishOn("dashboard", phrases));
      browser.get(base + "accounts/list.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:table")));
      found.addAll(englishOn("accounts list", phrases));
      browser.get(base + "accounts/account.xhtml?id=" + account);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:logButton"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:summary")));
      found.addAll(englishOn("log dialog", phrases));
      // the question about the missing summary
      browser.findElement(By.id("logForm:save")).click();
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("#logForm\\:logMessages .ui-messages-warn")));
      found.addAll(englishOn("log dialog, no summary", phrases));
      screenshot("log-dialog-nl");
      // a validation failure: the contact dialog saved without a name
      browser.get(base + "accounts/account.xhtml?id=" + account);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("contactActions:addContact")))
          .click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:firstName")));
      browser.findElement(By.id("contactForm:saveContact")).click();
      WebElement failed =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#contactForm\\:contactMessages .ui-messages-error")));
      assertTrue(failed.getText().contains("vul dit in"), failed.getText());
      found.addAll(englishOn("contact dialog, name missing", phrases));
      // a refusal from the service: someone else saved the account while the dialog was open
      browser.get(base + "accounts/account.xhtml?id=" + account);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:editAccount"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountForm:industry")));
      Reply meanwhile =
          bram.put(
              "accounts/" + account,
              "{\"name\":\"Taalcheck intussen\"}",
              java.util.Map.of(
                  "If-Match", bram.get("accounts/" + account).header("ETag").orElseThrow()));
      assertEquals(200, meanwhile.status(), meanwhile::toString);
      browser.findElement(By.id("accountForm:saveAccount")).click();
      WebElement stale =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#accountForm\\:accountMessages .ui-messages-error")));
      assertTrue(stale.getText().contains("Iemand anders"), stale.getText());
      found.addAll(englishOn("account dialog, changed meanwhile", phrases));
      browser.get(base + "interaction/followups.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followUps:table")));
      found.addAll(englishOn("follow-ups", phrases));
      browser.get(base + "interaction/complaints.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaints:table")));
      found.addAll(englishOn("complaints", phrases));
    } finally {
      browser.get(base + "accounts/list.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[@lang='en']")))
          .click();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }
    assertEquals(List.of(), found, "English on Dutch screens");
  }

  @Test
  void inDutchTheMarketingAndAdministrationScreensShowNoEnglish() {
    List<String> phrases = englishPhrases();
    List<String> found = new java.util.ArrayList<>();
    for (String user : List.of("maria", "admin")) {
      browser.manage().deleteAllCookies();
      browser.get(base + "engagement/dashboard.xhtml");
      signIn(user);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[@lang='nl']")))
          .click();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
      try {
        List<String[]> screens =
            user.equals("maria")
                ? List.of(
                    new String[] {"engagement/dashboard.xhtml", "marketing"},
                    new String[] {"campaign/campaigns.xhtml", "campaigns"},
                    new String[] {"campaign/campaign.xhtml", "campaign:name"},
                    new String[] {"segment/segments.xhtml", "segment:name"},
                    new String[] {"relationship/trajectories.xhtml", "trajectories"},
                    new String[] {"brand/brand.xhtml", "content"})
                : List.of(
                    new String[] {"engagement/dashboard.xhtml", "admin"},
                    new String[] {"admin/users.xhtml", "content"},
                    new String[] {"admin/clients.xhtml", "content"},
                    new String[] {"admin/audit.xhtml", "content"});
        for (String[] screen : screens) {
          browser.get(base + screen[0]);
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(screen[1])));
          found.addAll(englishOn(user + " " + screen[0], phrases));
        }
        screenshot("dashboard-" + user + "-nl");
      } finally {
        browser.get(base + "engagement/dashboard.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[@lang='en']")))
            .click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
      }
    }
    assertEquals(List.of(), found, "English on Dutch screens");
  }

  @Test
  void anAccountManagerResolvesAComplaintFromTheComplaintsList() {
    Api anna = Api.as(base, "anna");
    String name = Api.unique("Klacht BV");
    String account = anna.createAccount(name, null);
    Reply logged =
        anna.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"PHONE\",\"purpose\":\"COMPLAINT\",\"summary\":\"Late delivery\"}");
    assertEquals(201, logged.status(), logged::toString);
    browser.get(base + "engagement/dashboard.xhtml");
    signIn("anna");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav:navComplaints"))).click();
    String rowXpath = "//tr[.//a[text()='" + name + "']]";
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(rowXpath)));
    assertTrue(row.getText().contains("Open") && row.getText().contains("today"), row.getText());
    row.findElement(By.xpath(".//button[contains(@id, 'resolve')]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolveForm:summary")))
        .sendKeys("Delivered the same afternoon, with an apology");
    browser.findElement(By.cssSelector("#resolveForm\\:fcr .ui-chkbox-box")).click();
    browser.findElement(By.id("resolveForm:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.xpath(rowXpath), "First-contact resolution"));
    screenshot("complaints");
    jakarta.json.JsonObject complaint =
        anna.get("accounts/" + account + "/complaints").items().getJsonObject(0);
    assertEquals("RESOLVED", complaint.getString("status"));
    assertTrue(complaint.getBoolean("firstContactResolution"));
    assertEquals("Delivered the same afternoon, with an apology", complaint.getString("summary"));
  }

  @Test
  void onTheAccountPageAWrongLogIsCorrectedAndTheComplaintResolved() {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Correctie BV"), null);
    Reply logged =
        anna.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"PHONE\",\"purpose\":\"COMPLAINT\",\"summary\":\"Lat dleivery\","
                + "\"npsScore\":4}");
    assertEquals(201, logged.status(), logged::toString);
    browser.get(base + "accounts/account.xhtml?id=" + account);
    signIn("anna");
    WebElement card =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaintsCard")));
    assertTrue(card.getText().contains("Open") && card.getText().contains("today"), card.getText());

    // the typo is corrected in the dialog, opened on the moment as it was logged
    wait.until(
            ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(@id,':correct')]")))
        .click();
    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:summary")));
    assertEquals("Lat dleivery", summary.getAttribute("value"));
    assertTrue(browser.findElement(By.id("logForm:correcting")).isDisplayed());
    summary.clear();
    summary.sendKeys("Late delivery");
    browser.findElement(By.id("logForm:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timelineForm:timeline"), "Late delivery"));
    String timeline = browser.findElement(By.id("timelineForm:timeline")).getText();
    assertFalse(timeline.contains("Lat dleivery"), timeline);
    assertTrue(
        timeline.contains("Complaint open"), "the complaint stays with its moment: " + timeline);
    jakarta.json.JsonArray moments = anna.get("accounts/" + account + "/interactions").items();
    assertEquals(1, moments.size(), "one moment, in its corrected version");
    assertEquals("Late delivery", moments.getJsonObject(0).getString("summary"));
    assertEquals(logged.json().getString("id"), moments.getJsonObject(0).getString("supersedes"));
    assertEquals(
        4, moments.getJsonObject(0).getInt("npsScore"), "scores the screen hides are kept");
    assertEquals(
        1, anna.get("accounts/" + account + "/complaints").items().size(), "still one complaint");

    // resolved from the account's complaints
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='complaintsCard']//button[contains(@id,'resolve')]")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolveForm:summary")))
        .sendKeys("Sent the parts by courier");
    browser.findElement(By.id("resolveForm:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("complaintsCard"), "Resolved later · Sent the parts by courier"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timelineForm:timeline"), "Complaint resolved"));
    screenshot("account-complaints");
    assertEquals(
        "RESOLVED",
        anna.get("accounts/" + account + "/complaints")
            .items()
            .getJsonObject(0)
            .getString("status"));
  }

  @Test
  void anAccountManagerMarksAFollowUpDoneAndReschedulesAnother() {
    Api anna = Api.as(base, "anna");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
    String lateName = Api.unique("Opvolging laat");
    String late = anna.createAccount(lateName, null);
    String laterName = Api.unique("Opvolging later");
    String later = anna.createAccount(laterName, null);
    for (String[] moment :
        List.of(
            new String[] {late, "Send the offer", today.minusDays(2).toString()},
            new String[] {later, "Call about the renewal", today.plusDays(3).toString()})) {
      Reply logged =
          anna.post(
              "accounts/" + moment[0] + "/interactions",
              "{\"channel\":\"PHONE\",\"purpose\":\"SALES\",\"summary\":\""
                  + moment[1]
                  + "\",\"followUpDate\":\""
                  + moment[2]
                  + "\"}");
      assertEquals(201, logged.status(), logged::toString);
    }
    assertTrue(followUpDue(anna, late), "the overdue one is on the worklist");

    browser.get(base + "engagement/dashboard.xhtml");
    signIn("anna");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav:navFollowUps"))).click();
    String lateRow = "//tr[.//a[text()='" + lateName + "']]";
    String laterRow = "//tr[.//a[text()='" + laterName + "']]";
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(lateRow)));
    assertTrue(
        row.getText().contains("overdue") && row.getText().contains("Send the offer"),
        row.getText());
    assertFalse(browser.findElement(By.xpath(laterRow)).getText().contains("overdue"));
    screenshot("follow-ups");

    row.findElement(By.xpath(".//button[contains(@id,':done')]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(lateRow)));
    assertFalse(followUpDue(anna, late), "done: off the worklist");

    browser.findElement(By.xpath(laterRow + "//button[contains(@id,':reschedule')]")).click();
    WebElement due =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("rescheduleForm:dueDate_input")));
    assertEquals(laterName, browser.findElement(By.id("rescheduleName")).getText());
    java.time.LocalDate proposed = today.plusWeeks(1);
    assertEquals(
        proposed.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
        due.getAttribute("value"),
        "a week from today is proposed");
    browser.findElement(By.id("rescheduleForm:save")).click();
    String shown =
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(java.util.Locale.ENGLISH)
            .format(proposed);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(laterRow), shown));
    // rescheduled, it stays open: still listed after a reload
    browser.navigate().refresh();
    assertTrue(
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(laterRow)))
            .getText()
            .contains(shown));
  }

  private static boolean followUpDue(Api who, String account) {
    Reply worklist = who.get("worklist?size=200");
    assertEquals(200, worklist.status(), worklist::toString);
    return worklist.items().getValuesAs(jakarta.json.JsonObject.class).stream()
        .anyMatch(
            i ->
                i.getString("accountId").equals(account)
                    && i.getString("reason").equals("FOLLOW_UP_DUE"));
  }

  @Test
  void theTopBarSearchFindsAContactByEmailOrPhoneAndOpensTheirAccount() {
    Api anna = Api.as(base, "anna");
    String tag = Api.unique("z").substring(2);
    String name = "Zoekklant " + tag;
    String account = anna.createAccount(name, null);
    String digits = String.valueOf(Math.abs(tag.hashCode()) % 9000000 + 1000000);
    Reply contact =
        anna.post(
            "accounts/" + account + "/contacts",
            "{\"firstName\":\"Femke\",\"lastName\":\"Zoekmans\",\"email\":\"femke."
                + tag
                + "@example.nl\",\"phone\":\"+31 6-"
                + digits.substring(0, 3)
                + " "
                + digits.substring(3)
                + "\"}");
    assertEquals(201, contact.status(), contact::toString);
    browser.get(base + "engagement/dashboard.xhtml");
    signIn("anna");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:table")));

    // "/" from anywhere puts the cursor in the search
    browser.findElement(By.tagName("body")).sendKeys("/");
    WebElement box = browser.switchTo().activeElement();
    assertEquals("nav:q_input", box.getAttribute("id"));
    box.sendKeys("femke." + tag);
    WebElement suggestion =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#nav\\:q_panel li.ui-autocomplete-item")));
    assertTrue(
        suggestion.getText().contains("Femke Zoekmans") && suggestion.getText().contains(name),
        suggestion.getText());
    screenshot("search");
    box.sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountName"), name));
    assertTrue(browser.getCurrentUrl().contains(account), browser.getCurrentUrl());

    // by phone, written without the spaces and dashes
    browser.findElement(By.tagName("body")).sendKeys("/");
    browser.switchTo().activeElement().sendKeys("316" + digits);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#nav\\:q_panel"), "Femke Zoekmans"));

    // another account manager's accounts are not found
    browser.manage().deleteAllCookies();
    browser.get(base + "engagement/dashboard.xhtml");
    signIn("bram");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:q_input")))
        .sendKeys("femke." + tag);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#nav\\:q_panel"), "Nothing found"));
  }

  @Test
  void anAccountManagerCreatesEditsAndArchivesAnAccountOnScreen() {
    String name = Api.unique("Schermklant");
    browser.get(base + "accounts/list.xhtml");
    signIn("anna");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts:newAccount"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountForm:name")))
        .sendKeys(name);
    browser.findElement(By.id("accountForm:industry")).sendKeys("Zorg");
    choose("accountForm:relationshipType", "Communal sharing");
    browser.findElement(By.id("accountForm:saveAccount")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountName"), name));
    String account = browser.getCurrentUrl().replaceFirst(".*[?&]id=([0-9a-f-]+).*", "$1");
    Api anna = Api.as(base, "anna");
    jakarta.json.JsonObject made = anna.get("accounts/" + account).json();
    assertEquals("COMMUNAL_SHARING", made.getString("relationshipType"));
    assertEquals("Zorg", made.getString("industry"));

    wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:editAccount"))).click();
    WebElement industry =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountForm:industry")));
    industry.clear();
    industry.sendKeys("Welzijn");
    browser.findElement(By.id("accountForm:saveAccount")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "Welzijn"));

    wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:archiveAccount"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:table")));
    assertEquals("FORMER", anna.get("accounts/" + account).json().getString("lifecycle"));
  }

  @Test
  void anAccountManagerChangesAndRemovesAContactOnScreen() {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Contactbeheer BV"), null);
    Reply added =
        anna.post(
            "accounts/" + account + "/contacts",
            "{\"firstName\":\"Noor\",\"lastName\":\"Verbeek\",\"jobTitle\":\"Inkoper\"}");
    assertEquals(201, added.status(), added::toString);
    browser.get(base + "accounts/account.xhtml?id=" + account);
    signIn("anna");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), "consent: no"));
    browser.findElement(By.cssSelector("button[id$='editContact']")).click();
    WebElement job =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:jobTitle")));
    assertEquals("Inkoper", job.getAttribute("value"), "the dialog shows the contact");
    job.clear();
    job.sendKeys("Directeur");
    choose("contactForm:language", "English");
    choose("contactForm:channel", "E-mail");
    browser.findElement(By.cssSelector("#contactForm\\:consent .ui-chkbox-box")).click();
    browser.findElement(By.id("contactForm:saveContact")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), "Directeur"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), "consent: yes"));
    jakarta.json.JsonObject changed =
        anna.get("accounts/" + account + "/contacts").items().getJsonObject(0);
    assertEquals("en", changed.getString("preferredLanguage"));
    assertEquals("EMAIL", changed.getString("preferredChannel"));
    assertTrue(changed.getBoolean("marketingConsent"));

    browser.findElement(By.cssSelector("button[id$='removeContact']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), "No contacts yet"));
    assertEquals(0, anna.get("accounts/" + account + "/contacts").items().size());
  }

  /** Picks an option of a PrimeFaces select menu by its label. */
  private void choose(String menuId, String label) {
    browser.findElement(By.id(menuId)).click();
    // PrimeFaces takes clicks on an option once its panel has finished opening
    wait.until(
        ExpectedConditions.attributeContains(
            By.id(menuId + "_panel"), "class", "ui-connected-overlay-enter-done"));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='" + menuId + "_panel']//li[@data-label='" + label + "']")))
        .click();
    ajaxIdle();
  }

  private List<String> column(int index) {
    return browser
        .findElements(By.cssSelector("#accounts\\:table_data > tr > td:nth-child(" + index + ")"))
        .stream()
        .map(td -> td.getText().replaceFirst("^\\S+\\n", "")) // reflow: the label comes first
        .toList();
  }

  @Test
  void theAccountsListFiltersByLifecycleAndOwner() {
    Api anna = Api.as(base, "anna");
    String tag = Api.unique("Filter");
    anna.createAccount(tag + " Prospect", "\"lifecycle\":\"PROSPECT\"");
    anna.createAccount(tag + " Actief", "\"lifecycle\":\"ACTIVE\"");
    anna.createAccount(
        tag + " Van Bram", "\"lifecycle\":\"ACTIVE\",\"owner\":\"bram\",\"team\":[\"anna\"]");
    browser.get(base + "accounts/list.xhtml");
    signIn("anna");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:search")))
        .sendKeys(tag);
    wait.until(d -> column(1).size() == 3);

    choose("accounts:lifecycle", "Prospect");
    wait.until(d -> column(1).size() == 1);
    assertTrue(column(1).get(0).endsWith("Prospect"), column(1).toString());

    choose("accounts:lifecycle", "All stages");
    choose("accounts:owner", "bram");
    wait.until(d -> column(1).size() == 1);
    assertTrue(column(1).get(0).endsWith("Van Bram"), column(1).toString());
    assertEquals(List.of("bram"), column(6));
  }

  @Test
  void theAccountsListFiltersByChurnRiskAndEngagementLevel() {
    Api anna = Api.as(base, "anna");
    String tag = Api.unique("Churnfilter");
    String risky = anna.createAccount(tag + " Risico", null);
    anna.post(
        "accounts/" + risky + "/interactions",
        "{\"channel\":\"PHONE\",\"purpose\":\"COMPLAINT\",\"effortScore\":1,\"npsScore\":2}");
    anna.post(
        "accounts/" + risky + "/interactions",
        "{\"channel\":\"EMAIL\",\"purpose\":\"SERVICE_REQUEST\",\"effortScore\":1}");
    String calm = anna.createAccount(tag + " Rustig", null);
    anna.post(
        "accounts/" + calm + "/interactions",
        "{\"channel\":\"VISIT\",\"purpose\":\"CHECK_IN\",\"npsScore\":9}");
    jakarta.json.JsonObject riskyProfile = anna.get("accounts/" + risky + "/engagement").json();
    assertEquals("HIGH", riskyProfile.getString("churnRiskBucket"), riskyProfile.toString());
    String calmBucket =
        anna.get("accounts/" + calm + "/engagement").json().getString("churnRiskBucket");
    assertFalse("HIGH".equals(calmBucket));

    browser.get(base + "accounts/list.xhtml");
    signIn("anna");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:search")))
        .sendKeys(tag);
    wait.until(d -> column(1).size() == 2);
    choose("accounts:churn", "High");
    wait.until(d -> column(1).size() == 1);
    assertTrue(column(1).get(0).endsWith("Risico"), column(1).toString());

    choose("accounts:churn", "Any churn risk");
    wait.until(d -> column(1).size() == 2);
    jakarta.json.JsonObject calmProfile = anna.get("accounts/" + calm + "/engagement").json();
    assertFalse(calmProfile.isNull("engagementLevel"), "a visit gives a level: " + calmProfile);
    String level = calmProfile.getString("engagementLevel");
    choose(
        "accounts:level", level.charAt(0) + level.substring(1).toLowerCase(java.util.Locale.ROOT));
    wait.until(d -> column(1).stream().anyMatch(n -> n.endsWith("Rustig")));
    boolean sameLevel = level.equals(riskyProfile.getString("engagementLevel", ""));
    assertEquals(sameLevel ? 2 : 1, column(1).size(), column(1).toString());
  }

  /** Waits until PrimeFaces has no ajax request queued or running. */
  private void ajaxIdle() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return window.PrimeFaces === undefined || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private void signIn(String user) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("login:submit")).click();
  }

  private void screenshot(String name) {
    Chromium.screenshot((ChromeDriver) browser, name);
  }
}
