package org.entente.interop;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON file read into a tree that remembers where each value starts, so that every import
 * error can name the file, line and column. Numbers keep their exact decimal value; duplicate
 * keys, trailing content and files over {@link #MAX_BYTES} are errors.
 */
final class JsonTree {
    static final long MAX_BYTES = 16L << 20;
    private static final int MAX_DEPTH = 64;

    /** A JSON value and where it starts. */
    sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        SourcePosition at();

        /** "an object", "a number", ... for messages. */
        String kind();
    }

    /** An object; its members keep the file's order. */
    record Obj(Map<String, Value> members, Map<String, SourcePosition> keys, SourcePosition at) implements Value {
        public String kind() {
            return "an object";
        }

        Value get(String key) {
            return members.get(key);
        }
    }

    record Arr(List<Value> items, SourcePosition at) implements Value {
        public String kind() {
            return "a list";
        }
    }

    record Str(String text, SourcePosition at) implements Value {
        public String kind() {
            return "a string";
        }
    }

    record Num(BigDecimal number, SourcePosition at) implements Value {
        public String kind() {
            return "a number";
        }
    }

    record Bool(boolean value, SourcePosition at) implements Value {
        public String kind() {
            return "true or false";
        }
    }

    record Null(SourcePosition at) implements Value {
        public String kind() {
            return "null";
        }
    }

    private final Path file;
    private final JsonParser parser;

    private JsonTree(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The file's single top-level value. */
    static Value read(Path file) {
        SourcePosition whole = SourcePosition.of(file);
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new InteropException(whole, "cannot read: no such readable file");
            }
            if (Files.size(file) > MAX_BYTES) throw new InteropException(whole, "cannot read: larger than 16 MB");
            try (InputStream in = Files.newInputStream(file);
                 JsonParser p = new JsonFactory().createParser(in)) {
                JsonTree t = new JsonTree(file, p);
                if (p.nextToken() == null) throw new InteropException(whole, "empty file; expected a JSON object");
                Value v = t.value(0);
                if (p.nextToken() != null) throw t.error(p.currentTokenLocation(), "unexpected content after the JSON value");
                return v;
            }
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            throw new InteropException(new SourcePosition(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr()),
                    "not valid JSON: " + (msg == null ? "syntax error" : msg.split("\n")[0]));
        } catch (IOException e) {
            throw new InteropException(whole, "cannot read: " + e.getMessage());
        }
    }

    private Value value(int depth) throws IOException {
        SourcePosition at = position(parser.currentTokenLocation());
        if (depth > MAX_DEPTH) throw new InteropException(at, "nested deeper than " + MAX_DEPTH + " levels");
        JsonToken tok = parser.currentToken();
        switch (tok) {
            case START_OBJECT: {
                Map<String, Value> members = new LinkedHashMap<>();
                Map<String, SourcePosition> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourcePosition keyAt = position(parser.currentTokenLocation());
                    if (members.containsKey(key)) throw new InteropException(keyAt, "duplicate key \"" + key + "\"");
                    parser.nextToken();
                    members.put(key, value(depth + 1));
                    keys.put(key, keyAt);
                }
                return new Obj(Collections.unmodifiableMap(members), Collections.unmodifiableMap(keys), at);
            }
            case START_ARRAY: {
                List<Value> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) items.add(value(depth + 1));
                return new Arr(List.copyOf(items), at);
            }
            case VALUE_STRING:
                return new Str(parser.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Num(parser.getDecimalValue(), at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Bool(tok == JsonToken.VALUE_TRUE, at);
            case VALUE_NULL:
                return new Null(at);
            default:
                throw new InteropException(at, "unexpected " + tok);
        }
    }

    private InteropException error(JsonLocation l, String message) {
        return new InteropException(position(l), message);
    }

    private SourcePosition position(JsonLocation l) {
        return new SourcePosition(file, l.getLineNr(), l.getColumnNr());
    }
}
