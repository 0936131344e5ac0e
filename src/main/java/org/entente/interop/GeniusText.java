package org.entente.interop;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GENIUS XML file's text as GENIUS's own reader sees it, made well-formed for an XML parser.
 * GENIUS reads its files with a lenient parser of its own through the platform's character set
 * (Windows' for most ANAC files) and takes every character literally. So files in the ANAC
 * collections hold what a strict XML parser refuses: a bare {@code &} in a value ("AT & T"), two
 * attributes with no space between them ({@code type="discrete"vtype="discrete"}), bytes that
 * are not UTF-8 (a euro sign written by Windows) and an XML declaration after a comment. Here a
 * bare {@code &} (one that starts no predefined or numeric reference) is escaped, a space is put
 * between such attributes, a late declaration is blanked out, and a
 * file whose bytes are not valid UTF-8 is decoded as Windows-1252, unless it declares another
 * encoding. Positions the parser reports in the amended text are mapped back to the file's own
 * columns.
 */
final class GeniusText {
    /** A bare ampersand: one that starts no predefined or numeric reference; "amp;" goes after it. */
    private static final Amendment AMPERSAND = new Amendment(
            Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)"), "amp;");
    /** An attribute's value followed straight by the next attribute's name; a space goes between them. */
    private static final Amendment ATTRIBUTES = new Amendment(
            Pattern.compile("=\\s*(\"[^\"<]*\"|'[^'<]*')(?=[A-Za-z_])"), " ");
    private static final Pattern DECLARED = Pattern.compile("\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern LATE_DECLARATION = Pattern.compile("<\\?xml\\s[^>]*\\?>");
    private static final Charset WINDOWS = Charset.forName("windows-1252");

    private final String xml;
    /** Where each amendment inserted text, in the order they were made. */
    private final List<Insertions> made;

    private GeniusText(String xml, List<Insertions> made) {
        this.xml = xml;
        this.made = made;
    }

    /** The file's text, decoded and amended as the class says. */
    static GeniusText of(byte[] bytes) {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        text = blankLateDeclarations(text);
        List<Insertions> made = new ArrayList<>();
        for (Amendment a : List.of(AMPERSAND, ATTRIBUTES)) {
            Insertions i = a.apply(text);
            made.add(i);
            text = i.text;
        }
        return new GeniusText(text, made);
    }

    /**
     * An XML declaration that is not at the very start (after a comment, as in the ANAC 2014 files) is
     * blanked out with spaces, so that every line and column stays where it was; GENIUS ignores it.
     */
    private static String blankLateDeclarations(String text) {
        Matcher m = LATE_DECLARATION.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (m.find()) {
            if (m.start() == 0) continue;
            out.append(text, from, m.start()).append(m.group().replaceAll("[^\\n]", " "));
            from = m.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The well-formed text to parse. */
    String xml() {
        return xml;
    }

    /** The position in the file of a (1-based) line and column of {@link #xml()}. */
    SourcePosition at(Path file, int line, int column) {
        int c = column;
        for (int i = made.size() - 1; i >= 0; i--) c = made.get(i).before(line, c);
        return new SourcePosition(file, Math.max(line, 0), Math.max(c, 0));
    }

    /** Text inserted at the end of each match of a pattern (matched line by line). */
    private record Amendment(Pattern where, String inserted) {
        Insertions apply(String text) {
            StringBuilder out = new StringBuilder(text.length());
            List<int[]> columns = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (!columns.isEmpty()) out.append('\n');
                Matcher m = where.matcher(line);
                List<Integer> at = new ArrayList<>();
                int from = 0;
                int lineStart = out.length();
                while (m.find()) {
                    out.append(line, from, m.end());
                    at.add(out.length() - lineStart + 1);
                    out.append(inserted);
                    from = m.end();
                }
                out.append(line, from, line.length());
                columns.add(at.stream().mapToInt(Integer::intValue).toArray());
            }
            return new Insertions(out.toString(), columns, inserted.length());
        }
    }

    /** The text after one amendment, and for each line the 1-based columns (in that text) where it inserted. */
    private record Insertions(String text, List<int[]> columnsByLine, int length) {
        /** The column before the amendment of a column after it. */
        int before(int line, int column) {
            if (line < 1 || line > columnsByLine.size() || column < 1) return column;
            int shift = 0;
            for (int start : columnsByLine.get(line - 1)) {
                if (start >= column) break;
                shift += Math.min(length, column - start);
            }
            return column - shift;
        }
    }

    private static String decode(byte[] bytes) {
        Charset declared = declared(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) return new String(bytes, declared);
        boolean utf16 = bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
        if (utf16) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS);
        }
    }

    /** The encoding the XML declaration names, when it names one this JVM has; null otherwise. */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
