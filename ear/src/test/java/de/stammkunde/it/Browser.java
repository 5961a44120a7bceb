package de.stammkunde.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A real, headless Chromium (Debian's chromium and chromium-driver, nothing downloaded), with a
 * profile of its own under the build output; saves screenshots of the pages it visits.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() throws IOException {
        Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, WAIT);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Keycloak's login: username first (organizations are on), then the password. */
    public void signIn(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            driver.findElement(By.id("kc-login")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        // Back on the application before anything else: opening a page while the sign-in's redirect
        // is still under way would cut off the code exchange and start the sign-in over.
        new WebDriverWait(driver, WAIT).withMessage("the sign-in to return to the application")
                .until(d -> d.getCurrentUrl().startsWith(TestPlatform.baseUrl()));
    }

    public void waitForText(By where, String text) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "text '" + text + "' in " + where)
                .until(d -> textOf(d, where).map(found -> found.contains(text)).orElse(false));
    }

    /** Waits until the element's text no longer contains the text (e.g. rows a search removed). */
    public void waitForTextGone(By where, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage(() -> "text '" + text + "' gone from " + where)
                .until(d -> textOf(d, where).map(found -> !found.contains(text)).orElse(false));
    }

    /**
     * The element's text, or empty while it is missing or being replaced: an ajax update or a new
     * page may remove the element between finding it and reading it, which Chromium reports either
     * as a stale element or as a node that "does not belong to the document". Look again then.
     */
    private static Optional<String> textOf(WebDriver driver, By where) {
        try {
            return Optional.of(driver.findElement(where).getText());
        } catch (NoSuchElementException | StaleElementReferenceException gone) {
            return Optional.empty();
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
