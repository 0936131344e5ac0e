package org.entente.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Reads YAML text into a located {@link YamlNode} tree with Jackson's streaming YAML parser.
 * Syntax problems (including duplicate keys, aliases, several documents, bad UTF-8) become a
 * {@link SyntaxError} with line, column and one clean line of text; nothing else escapes.
 */
final class YamlTreeReader {
    static final int MAX_DEPTH = 64;
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private static final YAMLFactory FACTORY = factory();

    private final List<SyntaxError> duplicates = new ArrayList<>();

    /** A problem that stops reading the file. */
    static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(true); // we detect duplicates ourselves, with locations, and keep going
        YAMLFactory f = YAMLFactory.builder().loaderOptions(options).build();
        f.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(400).maxStringLength(MAX_CODE_POINTS).build());
        return f;
    }

    private YamlTreeReader() {
    }

    /**
     * The document of {@code bytes} (UTF-8), or null when the file holds no document at all.
     * Duplicate keys are collected in {@code duplicateKeys} (reading goes on); the first other
     * syntax problem is thrown.
     */
    static YamlNode read(byte[] bytes, List<SyntaxError> duplicateKeys) throws SyntaxError {
        String text = decode(bytes);
        YamlTreeReader r = new YamlTreeReader();
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken t = p.nextToken();
            if (t == null) return null;
            YamlNode root = r.node(p, t, 0);
            JsonToken more = p.nextToken();
            if (more != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new SyntaxError(l.getLineNr(), l.getColumnNr(),
                        "a second YAML document starts here; expected one document per file (remove '---')");
            }
            duplicateKeys.addAll(r.duplicates);
            return root;
        } catch (SyntaxError e) {
            throw e;
        } catch (MarkedYAMLException e) {
            throw fromMarked(e);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ReaderException re) {
                int[] lc = lineColumn(text, re.getPosition());
                throw new SyntaxError(lc[0], lc[1], String.format("the character U+%04X is not allowed in YAML; "
                        + "expected printable text", re.getCodePoint()));
            }
            JsonLocation l = parser != null ? parser.currentLocation() : e.getLocation();
            if (e instanceof StreamConstraintsException) {
                throw new SyntaxError(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()),
                        "YAML nesting or value too large; expected at most " + MAX_DEPTH
                                + " levels of nesting and numbers of at most 400 digits");
            }
            throw new SyntaxError(l != null ? Math.max(1, l.getLineNr()) : 1, l != null ? Math.max(1, l.getColumnNr()) : 1,
                    "YAML syntax error: " + clean(e.getOriginalMessage()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new SyntaxError(1, 1, "YAML syntax error: " + clean(String.valueOf(e.getMessage())));
        }
    }

    private YamlNode node(JsonParser p, JsonToken t, int depth) throws IOException, SyntaxError {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        if (depth > MAX_DEPTH) throw new SyntaxError(line, col, "YAML nesting too deep; expected at most "
                + MAX_DEPTH + " levels");
        if (p instanceof YAMLParser y && y.getTypeId() != null) {
            // a tag (!!java.lang.ProcessBuilder, !!int, !custom) asks for a type: configs hold plain values only
            String tag = y.getTypeId();
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
            throw new SyntaxError(line, col, "YAML tags (" + Messages.shorten(shown)
                    + ") are not supported; expected a plain value");
        }
        switch (t) {
            case START_OBJECT: {
                List<YamlNode.Entry> entries = new ArrayList<>();
                Map<String, YamlNode.Entry> seen = new HashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) != JsonToken.END_OBJECT) {
                    if (k != JsonToken.FIELD_NAME) throw new SyntaxError(line, col, "YAML syntax error: unexpected " + k);
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    YamlNode value = node(p, p.nextToken(), depth + 1);
                    YamlNode.Entry e = new YamlNode.Entry(key, kl.getLineNr(), kl.getColumnNr(), value);
                    YamlNode.Entry first = seen.putIfAbsent(key, e);
                    if (first != null) {
                        duplicates.add(new SyntaxError(e.line(), e.column(), "duplicate key '" + Messages.shorten(key)
                                + "' (first at line " + first.line() + "); expected each key once"));
                    } else {
                        entries.add(e);
                    }
                }
                return new YamlNode.Mapping(line, col, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                JsonToken i;
                while ((i = p.nextToken()) != JsonToken.END_ARRAY) items.add(node(p, i, depth + 1));
                return new YamlNode.Sequence(line, col, items);
            }
            case VALUE_STRING: {
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    throw new SyntaxError(line, col, "YAML aliases (*" + Messages.shorten(p.getText())
                            + ") are not supported; expected the value written out");
                }
                String s = p.getText();
                if (s.isEmpty()) return new YamlNode.Scalar(line, col, s, YamlNode.ScalarType.NULL, Double.NaN, false);
                return new YamlNode.Scalar(line, col, s, YamlNode.ScalarType.STRING, Double.NaN, false);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String s = p.getText();
                Double v = parseNumber(s);
                if (v == null) return new YamlNode.Scalar(line, col, s, YamlNode.ScalarType.STRING, Double.NaN, false);
                return new YamlNode.Scalar(line, col, s, YamlNode.ScalarType.NUMBER, v, t == JsonToken.VALUE_NUMBER_INT);
            }
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(line, col, p.getText(), YamlNode.ScalarType.BOOLEAN,
                        t == JsonToken.VALUE_TRUE ? 1 : 0, false);
            case VALUE_NULL:
                return new YamlNode.Scalar(line, col, p.getText(), YamlNode.ScalarType.NULL, Double.NaN, false);
            default:
                throw new SyntaxError(line, col, "YAML syntax error: unexpected " + t);
        }
    }

    /** A YAML number as written (underscores, .inf, .nan, 0x, 0o allowed), or null. */
    static Double parseNumber(String text) {
        String s = text.replace("_", "").trim();
        String lower = s.toLowerCase(Locale.ROOT);
        try {
            switch (lower) {
                case ".inf", "+.inf": return Double.POSITIVE_INFINITY;
                case "-.inf": return Double.NEGATIVE_INFINITY;
                case ".nan": return Double.NaN;
                default: break;
            }
            boolean neg = lower.startsWith("-");
            String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
            double v;
            if (body.startsWith("0x")) v = new java.math.BigInteger(body.substring(2), 16).doubleValue();
            else if (body.startsWith("0o")) v = new java.math.BigInteger(body.substring(2), 8).doubleValue();
            else if (body.startsWith("0b")) v = new java.math.BigInteger(body.substring(2), 2).doubleValue();
            else if (body.isEmpty() || !(Character.isDigit(body.charAt(0)) || body.charAt(0) == '.')) return null;
            else v = Double.parseDouble(body);
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SyntaxError fromMarked(MarkedYAMLException e) {
        var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark != null ? mark.getLine() + 1 : 1;
        int col = mark != null ? mark.getColumn() + 1 : 1;
        String problem = e.getProblem() != null ? e.getProblem() : e.getOriginalMessage();
        String context = e.getContext();
        String msg;
        if (problem != null && problem.contains("(TAB)")) {
            msg = "YAML syntax error: a tab character here cannot start a token; expected spaces for indentation, "
                    + "not tabs";
        } else {
            msg = "YAML syntax error: " + clean(problem) + (context != null ? " (" + clean(context) + ")" : "")
                    + "; expected valid YAML";
        }
        return new SyntaxError(line, col, msg);
    }

    /** 1-based line and column of code point {@code index} in {@code text}. */
    static int[] lineColumn(String text, int index) {
        int line = 1;
        int col = 1;
        int cp = 0;
        for (int i = 0; i < text.length() && cp < index; i = text.offsetByCodePoints(i, 1), cp++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[]{line, col};
    }

    /** One line: no newlines, no parser source dumps, tabs named. */
    static String clean(String message) {
        if (message == null) return "unknown problem";
        String m = message;
        int at = m.indexOf(" at [Source");
        if (at >= 0) m = m.substring(0, at);
        int in = m.indexOf(" in 'reader'");
        if (in >= 0) m = m.substring(0, in);
        m = m.replace("\\t(TAB)", "tab").replace("\t(TAB)", "tab").replace("(TAB)", "")
                .replaceAll("\\s+", " ").trim();
        if (m.length() > 200) m = m.substring(0, 200) + "...";
        return m;
    }

    /** Strict UTF-8 (a leading BOM is dropped); an invalid byte is reported at its line and column. */
    static String decode(byte[] bytes) throws SyntaxError {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            int line = 1;
            int col = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            throw new SyntaxError(line, col, String.format("invalid UTF-8 byte 0x%02x; expected a UTF-8 text file",
                    bytes[bad] & 0xff));
        }
        dec.flush(out);
        out.flip();
        String s = out.toString();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        return s;
    }
}
