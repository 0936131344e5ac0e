package org.entente.config;

import org.entente.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus (src/test/resources/broken): every file is refused by {@code entente validate}
 * with exit code 2, and its first error is at the expected line:column with the expected text.
 */
class BrokenCorpusTest {
    static final Path BROKEN = Path.of("src/test/resources/broken");
    static final Path VALID = Path.of("src/test/resources/valid");

    record Expectation(Path file, String location, String substring) {
        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    static Stream<Expectation> corpus() throws IOException {
        Map<String, String> index = new HashMap<>();
        for (String line : Files.readAllLines(BROKEN.resolve("index.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int sp = line.indexOf(' ');
            index.put(line.substring(0, sp), line.substring(sp + 1));
        }
        List<Expectation> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(BROKEN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String spec = index.get(f.getFileName().toString());
                if (spec == null) {
                    String first = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                    assertThat(first).as("first line of " + f).startsWith("# expect: ");
                    spec = first.substring("# expect: ".length());
                }
                int second = spec.indexOf(':', spec.indexOf(':') + 1);
                out.add(new Expectation(f, spec.substring(0, second), spec.substring(second + 1).trim()));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(45);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void brokenFileIsRefusedAtItsLocation(Expectation e) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[]{"validate", e.file().toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        String first = err.toString().lines().findFirst().orElse("");
        assertThat(first).startsWith(e.file() + ":" + e.location() + ": ");
        assertThat(first).contains(e.substring());
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(err.toString().lines()).allMatch(l -> l.startsWith(e.file() + ":")
                || l.startsWith(e.file().getParent().toString()));
    }

    static Stream<Path> valid() throws IOException {
        try (Stream<Path> files = Files.list(VALID)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validFileIsOk(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[]{"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString().trim()).isEqualTo(file + ": ok");
    }
}
