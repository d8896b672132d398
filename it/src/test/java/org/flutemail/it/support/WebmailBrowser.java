package org.flutemail.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: the real browser the webmail
 * must work in. One per test, closed after it.
 */
public final class WebmailBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final String base;

    private WebmailBrowser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Whether the browser and its driver are installed (apt-get install chromium chromium-driver). */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A browser on the server's HTTP port that asks for pages in {@code language} first. */
    public static WebmailBrowser open(FluteServer server, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new WebmailBrowser(new ChromeDriver(service, options),
                "http://" + FluteServer.HOST + ":" + server.httpPort());
    }

    /** Logs in on the login page and waits for the mail screen. */
    public void logIn(String address, String password) {
        get("/");
        type("login:user", address);
        type("login:password", password);
        click("login:submit");
        awaitUrlContaining("mail.xhtml");
    }

    /** Logs in on the administration's login page (the caller waits for the page its tier lands on). */
    public void logInAsAdministrator(String login, String password) {
        get("/admin/login.xhtml");
        type("login:user", login);
        type("login:password", password);
        click("login:submit");
    }

    /** The stripped texts of the elements found. */
    public List<String> texts(By by) {
        return all(by).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Opens the message whose row in the list shows this subject, and waits until it is shown. */
    public void openMessage(String subject) {
        click(By.xpath("//tr[contains(@class,'ui-datatable-selectable')][.//*[contains(text(),'" + subject + "')]]"));
        awaitText(By.id("readerSubject"), subject);
    }

    public void get(String path) {
        driver.get(base + path);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String id) {
        return throughAjaxUpdates().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String id) {
        click(By.id(id));
    }

    public void click(By by) {
        throughAjaxUpdates().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Picks an item of a PrimeFaces select-one menu by its label. The panel fades in; a click that lands
     * while it is still moving can be lost, so this waits for the panel to stand still and clicks again
     * while the panel stays open.
     */
    public void choose(String menuId, String label) {
        String panel = "PrimeFaces.escapeClientId('" + menuId + "_panel')";
        By item = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']");
        click(By.id(menuId));
        for (int attempt = 0; attempt < 5; attempt++) {
            awaitTrue("return $(" + panel + ").is(':visible') && !$(" + panel + ").is(':animated');");
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                new WebDriverWait(driver, java.time.Duration.ofSeconds(3))
                        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                                .executeScript("return !$(" + panel + ").is(':visible');")));
                return;
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                // the click was lost: try again
            }
        }
        throw new AssertionError("menu " + menuId + " did not take '" + label + "'");
    }

    /**
     * {@link #choose} for a menu that keeps what was chosen (not one that acts and resets, like the
     * signature menu): chosen again until the menu shows the label. A click can land on the item next
     * to the one meant while the list still moves; a full CI run once moved a message to Junk instead of
     * Projects/2026 that way.
     */
    public void chooseKept(String menuId, String label) {
        String shown = "return $(PrimeFaces.escapeClientId('" + menuId + "_label')).text();";
        for (int attempt = 0; attempt < 5; attempt++) {
            choose(menuId, label);
            if (label.equals(String.valueOf(script(shown)).strip())) {
                return;
            }
        }
        throw new AssertionError("menu " + menuId + " shows '" + script(shown) + "', not '" + label + "'");
    }

    public void awaitUrlContaining(String part) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(part));
    }

    public void awaitText(By by, String text) {
        throughAjaxUpdates().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * A wait that looks again when the element it looks at is replaced while it looks: Chromium's driver
     * may report an element an Ajax update or a page's arrival replaced in the middle of a read as "Node
     * with given id does not belong to the document" instead of a stale element. An element that never
     * comes still ends the wait with a timeout, with the last error as its cause.
     */
    private WebDriverWait throughAjaxUpdates() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    public void awaitTrue(String script) {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    /** Waits until PrimeFaces has no Ajax request pending (the page has been updated). */
    public void awaitAjax() {
        awaitTrue("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();");
    }

    public Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Replaces the session cookie by an id the server does not know, as when the session expired. */
    public void forgetSession() {
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.manage().addCookie(new Cookie("JSESSIONID", "expired-session-id", "/"));
    }

    /** The session cookie's value, or null. */
    public String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** Whether the element is there and shown, without waiting for it. */
    public boolean isShown(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    public void scrollTo(String id) {
        script("document.getElementById('" + id + "').scrollIntoView(true);");
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
