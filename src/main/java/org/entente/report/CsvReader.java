package org.entente.report;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: quoted fields with doubled quotes, embedded commas and line breaks,
 * CRLF or LF line ends. Reads one record at a time so large files (years.csv) use bounded memory.
 */
public final class CsvReader implements Closeable {
    private final Reader in;
    private boolean eof;

    public CsvReader(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
    }

    /** The next record's fields, or null at the end of input. A blank line yields no record. */
    public List<String> next() throws IOException {
        while (!eof) {
            List<String> fields = record();
            if (fields == null) return null;
            if (fields.size() == 1 && fields.get(0).isEmpty()) continue;
            return fields;
        }
        return null;
    }

    private List<String> record() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = in.read();
            if (c < 0) {
                eof = true;
                if (!any) return null;
                fields.add(field.toString());
                return fields;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (d >= 0) in.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                in.mark(1);
                int d = in.read();
                if (d != '\n' && d >= 0) in.reset();
                fields.add(field.toString());
                return fields;
            } else if (c == '\n') {
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
