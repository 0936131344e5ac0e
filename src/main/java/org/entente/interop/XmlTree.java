package org.entente.interop;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XML file read into a tree of elements that remember their line and column, so that every
 * GENIUS import error can name the place. The text is read as GENIUS reads it ({@link GeniusText}).
 * DTDs and external entities are not processed (a file cannot make the reader fetch anything);
 * files over 16 MB are refused.
 */
final class XmlTree {
    private static final int MAX_DEPTH = 64;
    private static final Pattern ATTRIBUTE_TWICE = Pattern.compile("#AttributeNotUnique\\?([^&\\s]+)&(\\S+)");

    /** An element: its name, attributes (file order), child elements and where it starts. */
    record Element(String name, Map<String, String> attributes, List<Element> children, SourcePosition at) {
        String attribute(String key) {
            return attributes.get(key);
        }

        List<Element> children(String childName) {
            List<Element> out = new ArrayList<>();
            for (Element c : children) if (c.name.equals(childName)) out.add(c);
            return out;
        }
    }

    private XmlTree() {
    }

    /** The file's root element. */
    static Element read(Path file) {
        SourcePosition whole = SourcePosition.of(file);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InteropException(whole, "cannot read: no such readable file");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        GeniusText text = null;
        try {
            if (Files.size(file) > JsonTree.MAX_BYTES) throw new InteropException(whole, "cannot read: larger than 16 MB");
            text = GeniusText.of(Files.readAllBytes(file));
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(text.xml()));
            try {
                return elements(file, text, r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
            int cut = msg.indexOf("Message: ");
            if (cut >= 0) msg = msg.substring(cut + "Message: ".length());
            msg = readable(msg.strip());
            SourcePosition at = l == null || text == null ? whole : text.at(file, l.getLineNumber(), l.getColumnNumber());
            throw new InteropException(at, "not well-formed XML: " + msg);
        } catch (IOException e) {
            throw new InteropException(whole, "cannot read: " + e.getMessage());
        }
    }

    /** The JDK's parser names some errors by a key ("...#AttributeNotUnique?issue&type"); those in words. */
    private static String readable(String message) {
        Matcher m = ATTRIBUTE_TWICE.matcher(message);
        return m.find() ? "<" + m.group(1) + "> has attribute \"" + m.group(2) + "\" twice" : message;
    }

    private static Element elements(Path file, GeniusText text, XMLStreamReader r) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        Element root = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                Location l = r.getLocation();
                SourcePosition at = text.at(file, l.getLineNumber(), l.getColumnNumber());
                if (open.size() >= MAX_DEPTH) throw new InteropException(at, "nested deeper than " + MAX_DEPTH + " levels");
                Map<String, String> attrs = new LinkedHashMap<>();
                for (int a = 0; a < r.getAttributeCount(); a++) attrs.put(r.getAttributeLocalName(a), r.getAttributeValue(a));
                open.push(new Builder(r.getLocalName(), attrs, at));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                Element done = open.pop().build();
                if (open.isEmpty()) root = done;
                else open.peek().children.add(done);
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
                Location l = r.getLocation();
                throw new InteropException(text.at(file, l.getLineNumber(), l.getColumnNumber()),
                        "DTDs and entity references are not supported in GENIUS files");
            }
        }
        if (root == null) throw new InteropException(SourcePosition.of(file), "no XML element found");
        return root;
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attrs;
        final SourcePosition at;
        final List<Element> children = new ArrayList<>();

        Builder(String name, Map<String, String> attrs, SourcePosition at) {
            this.name = name;
            this.attrs = attrs;
            this.at = at;
        }

        Element build() {
            return new Element(name, Collections.unmodifiableMap(attrs), List.copyOf(children), at);
        }
    }
}
