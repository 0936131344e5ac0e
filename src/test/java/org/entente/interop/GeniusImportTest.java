package org.entente.interop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GENIUS XML semantics, and every construct Entente cannot reproduce exactly refused with file and line. */
class GeniusImportTest {
    @TempDir
    Path tmp;

    /** A profile with the issues' XML and weights 0.5 / 0.5 unless given. */
    private static String profile(String issues, String weights, String tail) {
        return "<utility_space>\n"
                + "<objective index=\"0\" name=\"o\" type=\"objective\" etype=\"objective\">\n"
                + issues
                + weights
                + "</objective>\n"
                + tail
                + "</utility_space>\n";
    }

    private static final String DISCRETE = "<issue index=\"1\" name=\"Colour\" type=\"discrete\">\n"
            + "<item index=\"1\" value=\"red\" evaluation=\"4\"/>\n"
            + "<item index=\"2\" value=\"blue\" evaluation=\"1\"/>\n"
            + "</issue>\n";
    private static final String INTEGER = "<issue index=\"2\" name=\"Days\" type=\"integer\" lowerbound=\"1\" upperbound=\"5\">\n"
            + "<evaluator ftype=\"linear\" slope=\"0.25\" offset=\"0\"/>\n"
            + "</issue>\n";
    private static final String WEIGHTS = "<weight index=\"1\" value=\"0.5\"/>\n<weight index=\"2\" value=\"0.5\"/>\n";

    private AdditiveScenario read(String first) throws IOException {
        return read(first, profile(DISCRETE + INTEGER, WEIGHTS, ""));
    }

    private AdditiveScenario read(String first, String second) throws IOException {
        Path a = tmp.resolve("a.xml"), b = tmp.resolve("b.xml");
        Files.writeString(a, first);
        Files.writeString(b, second);
        return GeniusImport.read(List.of(a, b), null, "t", 20);
    }

    @Test
    void discreteEvaluationsAreDividedByTheLargestAndIntegerEvaluatorsAreLinearFromTheLowerBound() throws IOException {
        AdditiveScenario s = read(profile(DISCRETE + INTEGER, WEIGHTS, "<reservation value=\"0.2\"/>\n<discount_factor value=\"0.5\"/>\n"));
        AdditiveProfile p = s.profiles().get(0);
        assertThat(((IssueUtilities.Table) p.utilities().get("Colour")).utilities()).containsEntry("red", 1.0).containsEntry("blue", 0.25);
        assertThat(p.utilities().get("Days")).isEqualTo(new IssueUtilities.Linear(0, 1));
        assertThat(s.issues().get(1).size()).isEqualTo(5);
        assertThat(p.reservation()).isEqualTo(0.2);
        assertThat(p.discountFactor()).isEqualTo(0.5);
        assertThat(s.profiles().get(1).discountFactor()).isEqualTo(1.0);
        assertThat(s.profiles().get(0).name()).isEqualTo("a");
    }

    @Test
    void olderParameterFormsAndConstantEvaluatorsAreLinearToo() throws IOException {
        String real = "<issue index=\"2\" name=\"Days\" type=\"real\"><range lowerbound=\"1\" upperbound=\"5\"/>\n"
                + "<evaluator ftype=\"linear\" parameter0=\"-0.25\" parameter1=\"0.25\"/>\n</issue>\n";
        AdditiveScenario s = read(profile(DISCRETE + real, WEIGHTS, ""), profile(DISCRETE + real, WEIGHTS, ""));
        IssueUtilities.Linear u = (IssueUtilities.Linear) s.profiles().get(0).utilities().get("Days");
        assertThat(u.atMin()).isEqualTo(0.0);
        assertThat(u.atMax()).isEqualTo(1.0);
        assertThat(s.issues().get(1).size()).isEqualTo(21);
        String onEvaluator = "<issue index=\"2\" name=\"Days\" type=\"integer\">\n"
                + "<evaluator ftype=\"linear\" lowerbound=\"1\" upperbound=\"5\" slope=\"0.25\" offset=\"0\"/>\n</issue>\n";
        AdditiveScenario e = read(profile(DISCRETE + onEvaluator, WEIGHTS, ""), profile(DISCRETE + onEvaluator, WEIGHTS, ""));
        assertThat(e.issues().get(1).size()).isEqualTo(5);
        assertThat(e.profiles().get(0).utilities().get("Days")).isEqualTo(new IssueUtilities.Linear(0, 1));
        String constant = INTEGER.replace("ftype=\"linear\" slope=\"0.25\" offset=\"0\"", "ftype=\"constant\" parameter0=\"0.7\"");
        u = (IssueUtilities.Linear) read(profile(DISCRETE + constant, WEIGHTS, "")).profiles().get(0).utilities().get("Days");
        assertThat(u).isEqualTo(new IssueUtilities.Linear(0.7, 0.7));
    }

    private void refused(String xml, String message, int line) {
        assertThatThrownBy(() -> read(xml)).isInstanceOf(InteropException.class)
                .hasMessageContaining(tmp.resolve("a.xml") + ":" + line + ":").hasMessageContaining(message);
    }

    @Test
    void anEvaluatorThatGeniusWouldClampIsRefused() {
        refused(profile(DISCRETE + INTEGER.replace("slope=\"0.25\"", "slope=\"0.5\""), WEIGHTS, ""),
                "the evaluator gives 2 at an end of the range; GENIUS clamps", 8);
    }

    @Test
    void unknownEvaluatorsNestedObjectivesAndNonLinearSpacesAreRefused() {
        refused(profile(DISCRETE + INTEGER.replace("ftype=\"linear\"", "ftype=\"triangular\""), WEIGHTS, ""),
                "evaluator of type \"triangular\"", 8);
        refused(profile(DISCRETE + "<objective index=\"2\" name=\"sub\" type=\"objective\"/>\n", WEIGHTS, ""),
                "nested <objective>", 7);
        refused(profile(DISCRETE + INTEGER, WEIGHTS, "<utility_function><ufun type=\"PlainUfun\"/></utility_function>\n"),
                "<utility_function> makes the utility non-linear", 13);
    }

    @Test
    void missingWeightsAndWeightsNotSummingToOneAreRefused() {
        refused(profile(DISCRETE + INTEGER, "<weight index=\"1\" value=\"0.5\"/>\n", ""), "issue \"Days\" has no <weight>", 7);
        refused(profile(DISCRETE + INTEGER, WEIGHTS.replace("0.5\"/>\n<weight index=\"2\" value=\"0.5", "0.5\"/>\n<weight index=\"2\" value=\"0.6"), ""),
                "the issue weights sum to 1.1", 2);
    }

    @Test
    void aMissingEvaluationAndBrokenXmlAreReportedWithTheirLine() {
        refused(profile(DISCRETE.replace(" evaluation=\"1\"", ""), WEIGHTS, ""), "value \"blue\" of issue \"Colour\" has no evaluation", 5);
        refused("<utility_space>\n<objective>\n</utility_space>\n", "not well-formed XML", 3);
        refused("<utility_space>\n<objective type=\"a\" type=\"b\">\n</objective>\n</utility_space>\n",
                "not well-formed XML: <objective> has attribute \"type\" twice", 2);
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverFetched() {
        refused("<?xml version=\"1.0\"?>\n<!DOCTYPE u [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<utility_space><objective name=\"&x;\"/></utility_space>\n", "DTDs and entity references are not supported", 2);
    }

    @Test
    void profilesThatDisagreeOnTheIssuesAreRefusedAtTheSecondProfile() {
        // the first profile's issues are the domain; the second (b.xml) lists blue, the first green
        assertThatThrownBy(() -> read(profile(DISCRETE.replace("blue", "green") + INTEGER, WEIGHTS, "")))
                .isInstanceOf(InteropException.class)
                .hasMessageContaining(tmp.resolve("b.xml") + ":3:").hasMessageContaining("issue 1 \"Colour\" differs");
    }

    @Test
    void aBareAmpersandIsReadLiterallyAsGeniusReadsIt() throws IOException {
        String att = DISCRETE.replace("value=\"red\"", "value=\"AT & T\"");
        AdditiveScenario s = read(profile(att + INTEGER, WEIGHTS, ""), profile(att + INTEGER, WEIGHTS, ""));
        assertThat(((IssueUtilities.Table) s.profiles().get(0).utilities().get("Colour")).utilities())
                .containsEntry("AT & T", 1.0).containsEntry("blue", 0.25);
        // predefined references keep their meaning
        String amp = DISCRETE.replace("value=\"red\"", "value=\"R&amp;D\"");
        assertThat(((IssueUtilities.Table) read(profile(amp + INTEGER, WEIGHTS, ""), profile(amp + INTEGER, WEIGHTS, ""))
                .profiles().get(0).utilities().get("Colour")).utilities()).containsKey("R&D");
    }

    @Test
    void anErrorAfterABareAmpersandNamesTheFilesOwnColumn() {
        // "A & B" and "A + B" have the same length: the error must be at the same column in both
        String broken = "<utility_space>\n<objective>\n<issue value=\"A %s B\" x=\"1\" x=\"2\"/>\n</objective>\n</utility_space>\n";
        String withAmpersand = message(() -> read(broken.formatted("&")));
        String without = message(() -> read(broken.formatted("+")));
        assertThat(withAmpersand).contains(tmp.resolve("a.xml") + ":3:").contains("not well-formed XML");
        assertThat(withAmpersand.substring(0, withAmpersand.indexOf(": not"))).isEqualTo(without.substring(0, without.indexOf(": not")));
    }

    private static String message(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (Throwable t) {
            assertThat(t).isInstanceOf(InteropException.class);
            return t.getMessage();
        }
        throw new AssertionError("no error");
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252UnlessItDeclaresItsEncoding() throws IOException {
        Path a = tmp.resolve("a.xml"), b = tmp.resolve("b.xml");
        String euro = profile(DISCRETE.replace("value=\"red\"", "value=\"\u20ac10\""), "<weight index=\"1\" value=\"1\"/>\n", "");
        Files.write(a, euro.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.write(b, ("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n" + euro)
                .getBytes(java.nio.charset.Charset.forName("ISO-8859-15")));
        AdditiveScenario s = GeniusImport.read(List.of(a, b), null, "t", 20);
        for (AdditiveProfile p : s.profiles()) {
            assertThat(((IssueUtilities.Table) p.utilities().get("Colour")).utilities()).containsEntry("\u20ac10", 1.0);
        }
    }

    @Test
    void aDiscountFactorGeniusDiscardsMeansNoDiscountWithANote() throws IOException {
        AdditiveScenario s = read(profile(DISCRETE + INTEGER, WEIGHTS, "<discount_factor value=\"2\"/>\n"));
        assertThat(s.profiles().get(0).discountFactor()).isEqualTo(1.0);
        assertThat(s.notes()).containsExactly("a.xml: discount_factor 2 is outside [0, 1]; GENIUS ignores it and does not "
                + "discount, and so does this import");
        assertThat(read(profile(DISCRETE + INTEGER, WEIGHTS, "<discount_factor value=\"0.5\"/>\n")).notes()).isEmpty();
    }

    @Test
    void attributesWithNoSpaceBetweenThemAreReadAsGeniusReadsThem() throws IOException {
        String joined = DISCRETE.replace("name=\"Colour\" type=\"discrete\"", "name=\"Colour\"type=\"discrete\"")
                .replace("value=\"red\" evaluation", "value=\"A & B\"evaluation");
        AdditiveScenario s = read(profile(joined + INTEGER, WEIGHTS, ""), profile(joined + INTEGER, WEIGHTS, ""));
        assertThat(((IssueUtilities.Table) s.profiles().get(0).utilities().get("Colour")).utilities())
                .containsEntry("A & B", 1.0).containsEntry("blue", 0.25);
        // an error after both amendments on one line still names the file's own column
        String broken = "<utility_space>\n<objective>\n<issue value=\"A %s B\"%sx=\"1\" x=\"2\"/>\n</objective>\n</utility_space>\n";
        String amended = message(() -> read(broken.formatted("&", "")));
        String plain = message(() -> read(broken.formatted("+", " ")));
        assertThat(amended.substring(0, amended.indexOf(": not"))).isEqualTo(
                plain.substring(0, plain.indexOf(": not")).replaceAll(":(\\d+)$", "") + ":" + (column(plain) - 1));
    }

    private static int column(String message) {
        String place = message.substring(0, message.indexOf(": not"));
        return Integer.parseInt(place.substring(place.lastIndexOf(':') + 1));
    }

    @Test
    void anXmlDeclarationAfterACommentIsIgnoredAsGeniusIgnoresIt() throws IOException {
        String late = "\n<!-- profile 1 -->\n<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n" + profile(DISCRETE + INTEGER, WEIGHTS, "");
        assertThat(read(late, late).profiles()).hasSize(2);
        refused("<!-- p -->\n<?xml version=\"1.0\"?>\n<utility_space type=\"nonlinear\">\n</utility_space>\n",
                "utility space of type \"nonlinear\" is not supported", 3);
    }
}
