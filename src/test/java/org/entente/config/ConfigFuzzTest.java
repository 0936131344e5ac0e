package org.entente.config;

import org.entente.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Property: whatever seeded random damage is done to a valid config (lines deleted or duplicated,
 * characters swapped, bytes inserted, numbers turned to junk, indentation changed), the loader
 * either accepts it or throws {@link ConfigException} with located one-line errors; never anything else.
 */
class ConfigFuzzTest {
    static final String[] JUNK = {"NaN", ".inf", "-.inf", "1e999", "-0", "x", "[]", "{}", "~", "''", "true", "&a", "*a",
            "\"\\u0000\"", "9999999999999999999999", "0x1F", "!!binary AAAA", "? a", "- -", ": :", "%", "@", "`", "|"};

    static List<byte[]> seeds() throws IOException {
        List<byte[]> out = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> valid = Files.list(Path.of("src/test/resources/valid"))) {
            valid.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        files.addAll(ShippedConfigs.all());
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            if (!new String(b, StandardCharsets.UTF_8).contains("scenario: ")) out.add(b); // skip references
        }
        return out;
    }

    static byte[] mutate(byte[] original, SplittableRandom r) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = 1 + r.nextInt(3);
        for (int m = 0; m < n; m++) {
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            switch (r.nextInt(7)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    if (line.length() > 1) {
                        int k = r.nextInt(line.length() - 1);
                        char[] c = line.toCharArray();
                        char t = c[k];
                        c[k] = c[k + 1];
                        c[k + 1] = t;
                        lines.set(i, new String(c));
                    }
                }
                case 3 -> lines.set(i, line.replaceFirst("-?[0-9][0-9.]*", JUNK[r.nextInt(JUNK.length)]));
                case 4 -> lines.set(i, r.nextBoolean() ? " " + line : line.replaceFirst("^ ", ""));
                case 5 -> lines.set(i, line.replaceFirst(":", r.nextBoolean() ? "" : ": " + JUNK[r.nextInt(JUNK.length)]));
                default -> {
                    int k = line.isEmpty() ? 0 : r.nextInt(line.length());
                    lines.set(i, line.substring(0, k) + "\u0001" + line.substring(k));
                }
            }
            if (lines.isEmpty()) lines.add("");
        }
        byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(10) == 0) {
            byte[] c = Arrays.copyOf(b, b.length + 3);
            int at = r.nextInt(b.length + 1);
            System.arraycopy(b, at, c, at + 3, b.length - at);
            for (int k = 0; k < 3; k++) c[at + k] = (byte) r.nextInt(256);
            b = c;
        }
        return b;
    }

    @Test
    void mutatedConfigsNeverCrashTheLoader() throws Exception {
        List<byte[]> seeds = seeds();
        assertThat(seeds).isNotEmpty();
        SplittableRandom r = new SplittableRandom(20260501L);
        int refused = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] input = mutate(seeds.get(i % seeds.size()), r);
            try {
                ConfigLoader.load(Path.of("src/test/resources/valid/fuzz.yaml"), input);
            } catch (ConfigException e) {
                refused++;
                assertThat(e.errors()).isNotEmpty();
                for (ConfigError err : e.errors()) {
                    if (err.message().contains("internal error") || err.message().contains("\n")) {
                        fail("mutation " + i + " gave " + err + " for input:\n" + new String(input, StandardCharsets.UTF_8));
                    }
                }
            } catch (Throwable t) {
                fail("mutation " + i + " threw " + t + " for input:\n" + new String(input, StandardCharsets.UTF_8), t);
            }
        }
        assertThat(refused).isGreaterThan(600);
    }

    @Test
    void validateCommandExitsZeroOrTwoOnMutatedFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<byte[]> seeds = seeds();
        SplittableRandom r = new SplittableRandom(7L);
        for (int i = 0; i < 100; i++) {
            Path f = dir.resolve("m" + i + ".yaml");
            Files.write(f, mutate(seeds.get(i % seeds.size()), r));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.execute(new String[]{"validate", f.toString()}, new PrintWriter(out), new PrintWriter(err));
            assertThat(code).as(err.toString()).isIn(0, 2);
            assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("internal error");
        }
    }
}
