package org.entente.config;

import org.entente.model.Config;
import org.entente.model.ConfigDigest;
import org.entente.model.Experiment;
import org.entente.model.ParameterPaths;
import org.entente.model.Protocol;
import org.entente.model.Scenario;
import org.entente.model.StrategySpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario or experiment YAML file into a validated {@link Config}, implementing
 * docs/config.md: every default, every check, every error with its line and column.
 */
public final class ConfigLoader {
    /** Files larger than this are refused before parsing (real configs are a few kilobytes). */
    static final long MAX_BYTES = 1024L * 1024;
    static final List<String> TOP_KEYS = List.of("scenario", "experiment");

    private ConfigLoader() {
    }

    /** Loads and validates {@code file} (and the scenario file it references, if any). */
    public static Config load(Path file) throws ConfigException {
        return load(file, read(file));
    }

    /** The bytes of config {@code file}, or the one error that says why it cannot be read (as {@code validate} prints it). */
    public static byte[] read(Path file) throws ConfigException {
        return read(file, file);
    }

    /**
     * Loads and validates {@code text} as if it were the content of {@code file} (a referenced
     * scenario file is read relative to {@code file}).
     */
    public static Config load(Path file, String text) throws ConfigException {
        return load(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Loads and validates the bytes of {@code file}. */
    public static Config load(Path file, byte[] bytes) throws ConfigException {
        Problems main = new Problems(file);
        Problems other = null;
        if (bytes.length > MAX_BYTES) throw fail(file, tooLarge(bytes.length));
        try {
            Loaded l = new Loaded(file, bytes, main);
            Config c = l.load();
            other = l.scenarioProblems;
            if (main.isEmpty() && (other == null || other.isEmpty()) && c != null) return c;
        } catch (RuntimeException | StackOverflowError e) {
            main.at(1, 1, "", "internal error while reading this file (" + e.getClass().getSimpleName() + ": "
                    + YamlTreeReader.clean(e.getMessage()) + "); please report it");
        }
        List<ConfigError> all = new ArrayList<>(main.sorted());
        if (other != null) all.addAll(other.sorted());
        if (all.isEmpty()) all.add(new ConfigError(file, 1, 1, "invalid config"));
        throw new ConfigException(all);
    }

    private static byte[] read(Path file, Path shown) throws ConfigException {
        try {
            if (Files.isDirectory(file)) throw fail(shown, "cannot read: it is a directory; expected a YAML file");
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail(shown, "cannot read: " + tooLarge(size));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(shown, "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw fail(shown, "cannot read: permission denied");
        } catch (IOException | SecurityException | InvalidPathException e) {
            throw fail(shown, "cannot read: " + YamlTreeReader.clean(e.getMessage()));
        }
    }

    private static String tooLarge(long size) {
        return "the file has " + size + " bytes; expected a config of at most " + MAX_BYTES + " bytes (1 MB)";
    }

    private static ConfigException fail(Path shown, String message) {
        return new ConfigException(List.of(new ConfigError(shown, 0, 0, message)));
    }

    private static String nameOf(Path file) {
        Path f = file.getFileName();
        String n = f == null ? "experiment" : f.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The state of loading one file. */
    private static final class Loaded {
        final Path file;
        final byte[] bytes;
        final Problems problems;
        Problems scenarioProblems;
        Path scenarioFile;
        byte[] scenarioBytes;

        Loaded(Path file, byte[] bytes, Problems problems) {
            this.file = file;
            this.bytes = bytes;
            this.problems = problems;
        }

        /** The top-level mapping of a file, or null (with errors). */
        static YamlNode.Mapping root(byte[] bytes, Problems problems) {
            YamlNode root;
            List<YamlTreeReader.SyntaxError> dups = new ArrayList<>();
            try {
                root = YamlTreeReader.read(bytes, dups);
            } catch (YamlTreeReader.SyntaxError e) {
                problems.at(e.line, e.column, "", e.getMessage());
                return null;
            }
            for (YamlTreeReader.SyntaxError d : dups) problems.at(d.line, d.column, "", d.getMessage());
            if (root == null || (root instanceof YamlNode.Scalar s && s.isNull())) {
                problems.at(1, 1, "", "the file is empty; expected a mapping with scenario: and/or experiment:");
                return null;
            }
            if (!(root instanceof YamlNode.Mapping m)) {
                problems.at(root, "", "the file holds " + root.kindName() + "; expected a mapping with scenario: "
                        + "and/or experiment:");
                return null;
            }
            return m;
        }

        Config load() {
            YamlNode.Mapping root = root(bytes, problems);
            if (root == null) return null;
            Fields top = new Fields(problems, root, "");
            top.allow(TOP_KEYS);
            YamlNode experimentNode = top.value("experiment");
            YamlNode inlineScenario = top.value("scenario");
            YamlNode.Entry ref = null;
            if (experimentNode instanceof YamlNode.Mapping em) {
                YamlNode.Entry r = em.entry("scenario");
                if (r != null && !(r.value() instanceof YamlNode.Scalar s && s.isNull())) ref = r;
            }
            Scenario scenario = null;
            int partyCount = 0;
            if (inlineScenario != null && ref != null) {
                problems.at(ref.value(), "experiment.scenario", "this file also has an inline scenario:; expected "
                        + "either an inline scenario: or experiment.scenario, not both");
            } else if (inlineScenario != null) {
                scenario = new ScenarioReader(problems).read(inlineScenario, "scenario");
                partyCount = rawPartyCount(inlineScenario);
            } else if (ref != null) {
                ReferencedScenario rs = referenced(ref);
                if (rs != null) {
                    scenario = rs.scenario;
                    partyCount = rs.partyCount;
                }
            } else if (experimentNode != null || top.node.entry("scenario") != null || top.node.entries().isEmpty()
                    || problems.isEmpty()) {
                problems.at(root, "scenario", "missing; expected an inline scenario: or experiment.scenario: <file> "
                        + "naming a scenario file");
            }
            ExperimentReader er = new ExperimentReader(problems);
            Experiment experiment = er.read(experimentNode, nameOf(file), partyCount);
            if (er.protocolGiven && experiment != null && experiment.protocol() == Protocol.ALTERNATING_OFFERS
                    && partyCount != 2 && partyCount > 0) {
                problems.at(er.protocolNode, "experiment.protocol", "alternating_offers is for exactly two parties "
                        + "and this scenario has " + partyCount + "; expected stacked_alternating_offers "
                        + "(alternating offers for any number of parties) or single_text");
                experiment = null;
            }
            if (scenario == null || experiment == null) return null;
            Config config = new Config(file, scenarioFile, scenario, experiment,
                    scenarioBytes != null ? ConfigDigest.of(bytes, scenarioBytes) : ConfigDigest.of(bytes));
            config = withOverrides(config, er);
            if (config == null) return null;
            checkSweep(config, er);
            if (problems.isEmpty()) StrategyRequirements.check(problems, config, er, experimentNode != null ? experimentNode : root);
            return problems.isEmpty() ? config : null;
        }

        private static int rawPartyCount(YamlNode scenario) {
            if (scenario instanceof YamlNode.Mapping m && m.entry("parties") != null
                    && m.entry("parties").value() instanceof YamlNode.Sequence s) {
                return s.items().size();
            }
            return 0;
        }

        private record ReferencedScenario(Scenario scenario, int partyCount) {
        }

        private ReferencedScenario referenced(YamlNode.Entry ref) {
            String where = "experiment.scenario";
            if (!(ref.value() instanceof YamlNode.Scalar s) || s.type() != YamlNode.ScalarType.STRING) {
                problems.at(ref.value(), where, "found " + ref.value().kindName() + "; expected a file name relative to "
                        + "this file");
                return null;
            }
            String text = s.text();
            Path target;
            Path shown;
            try {
                Path rel = Path.of(text);
                if (rel.isAbsolute() || text.startsWith("/") || text.startsWith("\\") || text.startsWith("~")) {
                    problems.at(s, where, "'" + Messages.shorten(text) + "' is an absolute path; expected a path "
                            + "relative to this file, inside its directory");
                    return null;
                }
                Path base = file.toAbsolutePath().normalize().getParent();
                target = base.resolve(rel).normalize();
                if (!target.startsWith(base)) {
                    problems.at(s, where, "'" + Messages.shorten(text) + "' leaves this file's directory; expected a "
                            + "scenario file inside " + base.getFileName() + "/ or below (a config may not read files "
                            + "outside its own directory tree)");
                    return null;
                }
                if (Files.exists(target) && !target.toRealPath().startsWith(base.toRealPath())) {
                    problems.at(s, where, "'" + Messages.shorten(text) + "' links outside this file's directory; "
                            + "expected a scenario file inside its directory tree");
                    return null;
                }
                Path parent = file.getParent();
                shown = (parent == null ? rel : parent.resolve(rel)).normalize();
            } catch (InvalidPathException | IOException e) {
                problems.at(s, where, "'" + Messages.shorten(text) + "' is not a usable path; expected a file name "
                        + "relative to this file");
                return null;
            }
            if (target.equals(file.toAbsolutePath().normalize())) {
                problems.at(s, where, "the file references itself; expected a separate scenario file");
                return null;
            }
            try {
                scenarioBytes = read(target, shown);
            } catch (ConfigException e) {
                problems.at(s, where, "cannot read '" + Messages.shorten(text) + "': "
                        + e.errors().get(0).message().replaceFirst("^cannot read: ", ""));
                return null;
            }
            scenarioFile = shown;
            scenarioProblems = new Problems(shown);
            YamlNode.Mapping root = root(scenarioBytes, scenarioProblems);
            if (root == null) return null;
            Fields top = new Fields(scenarioProblems, root, "");
            top.allow(TOP_KEYS);
            YamlNode sc = top.value("scenario");
            if (sc == null) {
                YamlNode.Entry e = root.entry("experiment");
                boolean chained = e != null && e.value() instanceof YamlNode.Mapping m && m.entry("scenario") != null;
                scenarioProblems.at(root, "scenario", "missing; expected an inline scenario: in a referenced scenario "
                        + "file" + (chained ? " (references do not chain)" : ""));
                problems.at(s, where, "'" + Messages.shorten(text) + "' holds no scenario:; expected a file with an "
                        + "inline scenario:");
                return null;
            }
            Scenario scenario = new ScenarioReader(scenarioProblems).read(sc, "scenario");
            if (scenario == null && problems.isEmpty()) {
                problems.at(s, where, "the scenario in '" + Messages.shorten(text) + "' has errors (listed below)");
            }
            return new ReferencedScenario(scenario, rawPartyCount(sc));
        }

        /** Adds experiment.strategies, each checked against the composition it applies to. */
        private Config withOverrides(Config config, ExperimentReader er) {
            Map<String, StrategySpec> map = new LinkedHashMap<>();
            List<String> parties = config.scenario().partyIds();
            for (Map.Entry<String, YamlNode.Entry> k : er.overrideKeys.entrySet()) {
                String pid = k.getKey();
                if (!parties.contains(pid)) {
                    problems.atKey(k.getValue(), "experiment.strategies." + Messages.shorten(pid), "unknown party '"
                            + Messages.shorten(pid) + "'" + Messages.didYouMean(pid, parties) + "; expected one of "
                            + Messages.list(parties));
                    continue;
                }
                StrategyDraft d = er.overrides.get(pid);
                if (d == null) continue;
                map.put(pid, d.check(problems, config.strategyOf(pid)));
            }
            if (!problems.isEmpty()) return null;
            return config.withExperiment(config.experiment().withStrategies(map));
        }

        private void checkSweep(Config config, ExperimentReader er) {
            List<Experiment.SweepParameter> params = config.experiment().sweep().parameters();
            for (int i = 0; i < params.size(); i++) {
                Experiment.SweepParameter p = params.get(i);
                Fields f = new Fields(problems, er.sweepNodes.get(i), "experiment.sweep.parameters[" + i + "]");
                ParameterPaths.Resolved r;
                try {
                    r = ParameterPaths.resolve(config, p.path());
                } catch (ParameterPaths.PathException e) {
                    problems.at(f.value("path"), f.path("path"), e.getMessage());
                    continue;
                }
                if (p.values() != null) {
                    List<YamlNode> nodes = ((YamlNode.Sequence) f.value("values")).items();
                    for (int k = 0; k < p.values().size(); k++) {
                        Object v = p.values().get(k);
                        if (r.accepts(v)) continue;
                        YamlNode.Scalar at = (YamlNode.Scalar) nodes.get(k);
                        String what = r.kind() == ParameterPaths.Kind.NUMBER && v instanceof Double
                                ? Messages.shorten(at.text()) + " is out of range for " + p.path()
                                : "'" + Messages.shorten(at.text()) + "' is not valid for " + p.path()
                                + Messages.didYouMean(at.text(), r.names());
                        problems.at(at, f.path("values") + "[" + k + "]", what + "; expected " + r.expected());
                    }
                } else if (r.kind() == ParameterPaths.Kind.NAME) {
                    problems.atKey(f.node.entry("min"), f.path("min"), p.path() + " takes names, not a numeric range; "
                            + "expected values: [" + String.join(", ", r.names()) + "]");
                } else {
                    for (String end : List.of("min", "max")) {
                        if (!r.acceptsBound(end.equals("min") ? p.min() : p.max())) {
                            problems.at(f.value(end), f.path(end), Messages.shorten(((YamlNode.Scalar) f.value(end)).text())
                                    + " is out of range for " + p.path() + "; expected " + r.expected());
                        }
                    }
                }
            }
        }
    }
}
