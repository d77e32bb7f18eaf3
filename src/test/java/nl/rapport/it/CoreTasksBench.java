package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark, not a test (bench/core-tasks.sh runs it; the suite does not): the three core tasks
 * done the shortest way a user can, counting the clicks and key chords a person makes (typing text
 * not counted) and timing the machine's part (the browser and the server; typing is instant). Five
 * rounds each; figures to target/core-tasks.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoreTasksBench {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private ChromeDriver browser;
  private WebDriverWait wait;
  private int actions;

  @BeforeEach
  void open() throws IOException {
    browser = Chromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  private void click(By by) {
    actions++;
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  private void chord(WebElement field, CharSequence keys) {
    actions++;
    field.sendKeys(keys);
  }

  private void idle() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                browser.executeScript(
                    "return window.PrimeFaces === undefined || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private record Round(int actions, long millis) {}

  @Test
  void coreTasks() throws IOException {
    Api anna = Api.as(base, "anna");
    browser.get(base + "engagement/dashboard.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys("anna");
    browser.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:table")));

    List<String> report = new ArrayList<>();
    List<Round> log = new ArrayList<>();
    List<Round> create = new ArrayList<>();
    List<Round> resolve = new ArrayList<>();
    for (int round = 0; round < 6; round++) {
      // log a contact from the worklist: its row's "Log contact", the summary, Ctrl+Enter
      browser.get(base + "engagement/dashboard.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:table")));
      actions = 0;
      long start = System.nanoTime();
      click(By.cssSelector("#worklist\\:table a.log-link"));
      WebElement summary =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:summary")));
      wait.until(d -> "logForm:summary".equals(d.switchTo().activeElement().getAttribute("id")));
      summary.sendKeys("Called about the delivery plan");
      chord(summary, Keys.chord(Keys.CONTROL, Keys.ENTER));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("logForm:summary")));
      idle();
      log.add(new Round(actions, (System.nanoTime() - start) / 1_000_000));

      // create an account with a contact: New account, name, Save; Add contact, names, Save
      browser.get(base + "accounts/list.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:table")));
      actions = 0;
      start = System.nanoTime();
      click(By.id("accounts:newAccount"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountForm:name")))
          .sendKeys(Api.unique("Bench BV"));
      click(By.id("accountForm:saveAccount"));
      click(By.id("contactActions:addContact"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:firstName")))
          .sendKeys("Iris");
      browser.findElement(By.id("contactForm:lastName")).sendKeys("Meijer");
      browser.findElement(By.id("contactForm:email")).sendKeys("iris@example.nl");
      click(By.id("contactForm:saveContact"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), "Iris Meijer"));
      idle();
      create.add(new Round(actions, (System.nanoTime() - start) / 1_000_000));

      // resolve a complaint: Complaints, its Resolve, first-contact tick, what was done, Resolve
      String account = anna.createAccount(Api.unique("Bench klacht"), null);
      assertEquals(
          201,
          anna.post(
                  "accounts/" + account + "/interactions",
                  "{\"channel\":\"PHONE\",\"purpose\":\"COMPLAINT\",\"summary\":\"Late\"}")
              .status());
      browser.get(base + "engagement/dashboard.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:table")));
      actions = 0;
      start = System.nanoTime();
      click(By.id("nav:navComplaints"));
      click(By.cssSelector("#complaints\\:table button[id$=':resolve']"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolveForm:summary")))
          .sendKeys("Delivered the same day");
      click(By.cssSelector("#resolveForm\\:fcr .ui-chkbox-box"));
      click(By.id("resolveForm:save"));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("resolveForm:summary")));
      idle();
      resolve.add(new Round(actions, (System.nanoTime() - start) / 1_000_000));
    }
    report.add(line("log a contact from the worklist", log));
    report.add(line("create an account with a contact", create));
    report.add(line("resolve a complaint", resolve));
    Path out = Path.of("target", "core-tasks.txt");
    Files.write(out, report);
    report.forEach(System.out::println);
  }

  /** The first round warms the browser and server up; the median of the other five. */
  private static String line(String task, List<Round> rounds) {
    List<Long> ms = rounds.subList(1, rounds.size()).stream().map(Round::millis).sorted().toList();
    return String.format(
        "%s: %d clicks or key chords; machine time median %.2f s (min %.2f, max %.2f, 5 rounds)",
        task,
        rounds.get(1).actions(),
        ms.get(ms.size() / 2) / 1000.0,
        ms.get(0) / 1000.0,
        ms.get(ms.size() - 1) / 1000.0);
  }
}
