package org.puente.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driving the staff pages, for browser tests. Uses the system's
 * chromedriver and never downloads one; tests are skipped where it is missing. Screenshots go
 * to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final int port;
    private final Path profile;

    private Browser(WebDriver driver, int port, Path profile) {
        this.driver = driver;
        this.port = port;
        this.profile = profile;
    }

    public static boolean available() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
    }

    /** Starts a fresh browser with an empty profile; skips the test when Chromium is not installed. */
    public static Browser open(int port) {
        assumeTrue(available(), "chromium and chromedriver are not installed");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("puente-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-dev-shm-usage", "--no-first-run", "--disable-sync", "--disable-component-update",
                    "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser go(String path) {
        driver.get("http://localhost:" + port + path);
        return this;
    }

    public Browser signIn(String user) {
        return signIn(user, Api.DEMO_PASSWORD);
    }

    public Browser signIn(String user, String password) {
        go("/login");
        type("f-username", user);
        type("f-password", password);
        return click("sign-in");
    }

    public Browser signOut() {
        return click("sign-out");
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public Browser type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a date input as a date picker would: typed dates depend on the browser's locale. */
    public Browser date(String id, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", byId(id), date.toString());
        return this;
    }

    public Browser choose(String id, String value) {
        new Select(byId(id)).selectByValue(value);
        return this;
    }

    public Browser tick(String id) {
        WebElement box = byId(id);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    public Browser untick(String id) {
        WebElement box = byId(id);
        if (box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Clicks a button or link that loads another page, and waits until that page has replaced this one. */
    public Browser click(String id) {
        return loading(() -> byId(id).click());
    }

    public Browser clickLink(String text) {
        return loading(() -> driver.findElement(By.linkText(text)).click());
    }

    /** Does something that loads a new page, and waits until the old page is gone. */
    public Browser loading(Runnable action) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(oldPage));
        return this;
    }

    /**
     * Whether the element's page has been replaced. Chromium reports a node of an unloaded page
     * either as stale or, while the new page is being built, as "not belonging to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Presses keys on whatever has the focus, as a keyboard user would. */
    public Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    public Browser tab() {
        return press(Keys.TAB);
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Whether the page is wider than the window, i.e. needs sideways scrolling. */
    public boolean scrollsSideways() {
        Object wider = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(wider);
    }

    /** Saves the whole page, not just the window, as {@code target/screenshots/<name>.png}. */
    public Browser screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    Math.min(Math.max(window.getHeight(), height.intValue() + 150), 6000)));
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
