package org.entente.interop;

import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an imported negotiation to a scenario file: the YAML is written beside the target, loaded
 * back with the config loader, checked against the source outcome by outcome
 * ({@link ImportFidelity}), and only then moved into place. An existing file is never replaced
 * unless {@code force}; nothing is left behind on failure.
 */
public final class ScenarioImport {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private ScenarioImport() {
    }

    /** What was written. */
    public record Written(Path file, Config config, List<String> partyIds) {
    }

    /**
     * @param partyIds the parties' ids in profile order, or null for ids made from the profile names
     */
    public static Written write(AdditiveScenario source, List<String> partyIds, Path domainFile, List<Path> profileFiles,
                                int deadline, Path out, boolean force) throws IOException {
        if (source.profiles().size() < 2) {
            throw new InteropException("a negotiation needs at least two profiles; got " + source.profiles().size());
        }
        List<String> ids = partyIds != null ? partyIds : ScenarioYaml.defaultPartyIds(source);
        checkIds(ids, source.profiles().size());
        if (Files.exists(out) && !force) {
            throw new InteropException(out + " exists; choose another --out or add --force to replace it");
        }
        if (Files.isDirectory(out)) throw new InteropException(out + " is a directory; --out names the YAML file to write");
        String yaml = ScenarioYaml.write(source, ids, domainFile, profileFiles, deadline);
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new InteropException("cannot write " + out + ": no such directory");
        Path tmp = Files.createTempFile(dir, ".entente-import-", ".yaml");
        try {
            Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
            Config config;
            try {
                config = ConfigLoader.load(tmp);
            } catch (ConfigException e) {
                throw new IllegalStateException("the imported scenario does not validate (" + e.errors().get(0)
                        + "); this is a bug in Entente's import, please report it with the files", e);
            }
            ImportFidelity.check(source, config.scenario());
            if (force) Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            else placeWithoutReplacing(tmp, out);
            return new Written(out, config, ids);
        } catch (FileAlreadyExistsException e) {
            throw new InteropException(out + " exists; choose another --out or add --force to replace it");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A hard link fails atomically when the target exists (a rename would replace it); else a plain move. */
    private static void placeWithoutReplacing(Path tmp, Path out) throws IOException {
        try {
            Files.createLink(out, tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            Files.move(tmp, out);
        }
    }

    private static void checkIds(List<String> ids, int profiles) {
        if (ids.size() != profiles) {
            throw new InteropException("--parties names " + ids.size() + " parties for " + profiles + " profiles");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!ID.matcher(ids.get(i)).matches()) {
                throw new InteropException("--parties: '" + ids.get(i) + "' is not an id; expected lower-case letters, "
                        + "digits and '_', starting with a letter");
            }
            if (ids.subList(0, i).contains(ids.get(i))) throw new InteropException("--parties names '" + ids.get(i) + "' twice");
        }
    }
}
