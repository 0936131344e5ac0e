package org.entente.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a config file's bytes (and of its referenced scenario file's, if any), as 64 hex digits,
 * computed when first asked for: {@code describe} and {@code validate} never ask, and the JDK's security
 * providers take them about 15 ms to start.
 */
public final class ConfigDigest {
    private final List<byte[]> parts;
    private volatile String hex;

    private ConfigDigest(List<byte[]> parts, String hex) {
        this.parts = parts;
        this.hex = hex;
    }

    /** The digest of these files' bytes, in order (the caller does not change them afterwards). */
    public static ConfigDigest of(byte[]... files) {
        return new ConfigDigest(List.of(files), null);
    }

    /** A digest already known (or a stand-in, for configs made in code). */
    public static ConfigDigest known(String hex) {
        return new ConfigDigest(List.of(), hex);
    }

    public String hex() {
        String h = hex;
        if (h == null) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (byte[] part : parts) md.update(part);
                h = HexFormat.of().formatHex(md.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
            hex = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigDigest d && d.hex().equals(hex());
    }

    @Override
    public int hashCode() {
        return hex().hashCode();
    }

    @Override
    public String toString() {
        return hex();
    }
}
