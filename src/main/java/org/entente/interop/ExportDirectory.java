package org.entente.interop;

import org.entente.results.OutputDirectoryException;
import org.entente.results.OutputDirectoryRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts exported files into a directory the way results directories are written: a new directory
 * appears whole (written aside, then renamed); a non-empty one is refused unless forced
 * ({@link OutputDirectoryRule}), and then only files of the same names are replaced. Adds NOTES.md:
 * provenance and what was not carried over.
 */
public final class ExportDirectory {
    public static final String NOTES = "NOTES.md";

    private ExportDirectory() {
    }

    public static void write(Path out, GeniusWebExport.Files files, Path source, boolean force)
            throws IOException, OutputDirectoryException {
        OutputDirectoryRule.requireNewOrEmptyOrForce(out, force);
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) throw new InteropException("cannot write " + out + ": no such directory");
        Path tmp = Files.createTempDirectory(parent, ".entente-export-");
        try {
            for (Map.Entry<String, String> f : files.contents().entrySet()) {
                Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(tmp.resolve(NOTES), notes(files, source), StandardCharsets.UTF_8);
            if (!Files.exists(out)) {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            try (Stream<Path> s = Files.list(tmp)) {
                for (Path f : s.toList()) {
                    Files.move(f, out.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            if (Files.isDirectory(tmp)) {
                try (Stream<Path> s = Files.list(tmp)) {
                    for (Path f : s.toList()) Files.deleteIfExists(f);
                }
                Files.deleteIfExists(tmp);
            }
        }
    }

    static String notes(GeniusWebExport.Files files, Path source) {
        List<String> profiles = new ArrayList<>(files.contents().keySet());
        profiles.remove("domain.json");
        StringBuilder b = new StringBuilder();
        b.append("# Exported by `entente export geniusweb` from ").append(source.getFileName()).append("\n\n");
        b.append("- `domain.json`: the issues and their values.\n");
        b.append("- ").append(String.join(", ", profiles.stream().map(p -> "`" + p + "`").toList()))
                .append(": one `LinearAdditiveUtilitySpace` per party, holding the party's utility U(p) exactly ")
                .append("(utility of a bid = sum over issues of issueWeights x the issue's utility).\n\n");
        b.append("Read them back with `./entente import geniusweb domain.json ").append(String.join(" ", profiles))
                .append(" --out FILE.yaml`.\n\nNever carried over: the implementation model (what happens in the years ")
                .append("after an agreement) and the experiment (protocol, deadline, runs); GeniusWeb sets its own ")
                .append("protocol and deadline.\n\n## Not carried over, or converted\n\n");
        if (files.notes().isEmpty()) b.append("Nothing: the scenario is exactly a set of linear additive profiles.\n");
        for (String n : files.notes()) b.append("- ").append(n).append('\n');
        return b.toString();
    }
}
