package org.entente.classroom;

import org.entente.HangGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The classroom in a real browser (Debian's chromium through chromium-driver and Selenium): two
 * students, one on a phone-sized window, negotiate to an agreement with the sliders and buttons
 * while the teacher's page shows it; screenshots of the pages are checked for their content.
 * Skipped when chromium or chromium-driver is missing outside CI; under CI=true that fails.
 */
class ClassroomBrowserTest {
    static final Path SHOTS = Path.of("target", "classroom-screenshots");
    /** Selenium warns that it has no DevTools bindings for this chromium; the test uses WebDriver only. */
    private static final java.util.logging.Logger QUIET =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    Path dir;

    private final List<WebDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        for (WebDriver d : drivers) d.quit();
    }

    static Path executable(String... candidates) {
        for (String c : candidates) if (Files.isExecutable(Path.of(c))) return Path.of(c);
        return null;
    }

    private WebDriver browser(int width, int height) throws Exception {
        QUIET.setLevel(java.util.logging.Level.SEVERE);
        Path chromium = executable("/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path driver = executable("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        if (chromium == null || driver == null) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                fail("CI is set but chromium or chromium-driver is missing (apt-get install chromium chromium-driver)");
            }
            Assumptions.abort("chromium and chromium-driver are not installed; browser test skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, options);
        d.manage().window().setSize(new Dimension(width, height));
        drivers.add(d);
        return d;
    }

    private static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, HangGuard.LIMIT);
    }

    private static String text(WebDriver d) {
        return d.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows {@code s}. */
    private static void await(WebDriver d, String s) {
        waiting(d).withMessage(() -> "'" + s + "' never showed; the page said:\n" + text(d))
                .until(x -> text(x).contains(s));
    }

    private static void join(WebDriver d, String url, String name) {
        d.get(url);
        WebElement code = d.findElement(By.id("code"));
        assertThat(code.getAttribute("value")).isEqualTo(LiveClassroom.CODE);
        d.findElement(By.id("name")).sendKeys(name);
        d.findElement(By.cssSelector("#join-form button")).click();
    }

    @Test
    void twoStudentBrowsersNegotiateToAnAgreementWhileTheTeachersPageShowsIt() throws Exception {
        try (LiveClassroom live = LiveClassroom.riverWithCloud(Mode.STUDENTS, Duration.ofMinutes(2), dir)) {
            String base = live.base().toString();
            WebDriver teacher = browser(1280, 900);
            teacher.get(base + "teacher#token=" + LiveClassroom.TEACHER);
            await(teacher, LiveClassroom.CODE);
            assertThat(teacher.getCurrentUrl()).as("the token is hidden from the projector").doesNotContain("token");

            WebDriver up = browser(1280, 1000);
            WebDriver down = browser(412, 915);
            join(up, base + "?code=" + LiveClassroom.CODE, "Ursula <img src=x onerror=alert(1)>");
            await(up, "Waiting for a partner");
            join(down, base + "?code=" + LiveClassroom.CODE, "Dmitri");

            await(up, "Your move");
            await(up, "Nothing is on the table yet");
            WebElement share = up.findElement(By.id("issue-share"));
            share.sendKeys(Keys.HOME, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            new Select(up.findElement(By.id("issue-commission"))).selectByValue("data_sharing");
            // the appraisal follows the controls (debounced): wait for the package's own
            await(up, "0.54 to you");
            assertThat(up.findElement(By.id("appraisal")).getText()).contains("Would be ratified");
            up.findElement(By.id("offer")).click();
            await(up, "Waiting for Downstream Kingdom");

            await(down, "Upstream Republic offers");
            assertThat(text(down)).contains("Downstream share of the dry-season flow: 50 %", "data sharing");
            await(down, "0.53 to you");
            down.findElement(By.xpath("//button[text()=\"Accept Upstream Republic's offer\"]")).click();
            await(down, "Outcome: agreement");
            await(up, "Outcome: agreement");
            await(teacher, "agreement");
            await(teacher, "1 ratified agreement");

            // a name is text, never markup
            assertThat(text(teacher)).contains("Ursula <img src=x onerror=alert(1)>");
            assertThat(teacher.findElements(By.cssSelector("#tables img"))).isEmpty();

            Files.createDirectories(SHOTS);
            check(teacher, "teacher.png", "Table 1", "Dmitri", "Downstream share of the dry-season flow: 50 %");
            check(up, "student-desktop.png", "Outcome: agreement", "You got", "Offers so far");
            check(down, "student-phone.png", "Outcome: agreement", "Downstream Kingdom ratified it.");

            // the debrief, from the teacher's page: the table among the reference points, both charts drawn
            teacher.get(base + "debrief#token=" + LiveClassroom.TEACHER);
            await(teacher, "Every table in the outcome space");
            await(teacher, "agents' mean (95% interval)");
            waiting(teacher).withMessage("the debrief's charts did not load").until(x -> (Boolean) ((JavascriptExecutor) x)
                    .executeScript("return [...document.images].every(i => i.complete && i.naturalWidth > 0)"));
            check(teacher, "debrief.png", "Nash bargaining solution", "weighted Nash (by power)", "Ursula",
                    "1 table finished: 1 ratified agreement,");

            // a student who reloads is still at their seat
            down.navigate().refresh();
            await(down, "Outcome: agreement");
            assertThat(text(down)).contains("Dmitri", "table 1");
            assertThat(live.classroom.students()).isEqualTo(2);
        }
    }

    /** Takes a screenshot: the texts must be in the page as it was shot, and the picture must not be blank. */
    private static void check(WebDriver d, String file, String... texts) throws Exception {
        ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
        String shown = text(d);
        byte[] png = ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(file), png);
        assertThat(shown).contains(texts);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(300);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) colours.add(image.getRGB(x, y));
        }
        assertThat(colours.size()).as(file + " is not blank").isGreaterThan(20);
    }
}
