package org.entente.agents;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret shared by an experiment and its workers, read from a file (trailing line ends
 * dropped). It never travels: a worker proves it knows the secret by an HMAC-SHA256 of a fresh
 * random challenge and its own agent name (challenge-response), checked in constant time.
 */
public final class Secret {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    private Secret(byte[] key) {
        this.key = key;
    }

    /** Reads the secret; the message of the exception names the file and what is wrong. */
    public static Secret read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the secret file " + file + ": " + e.getMessage());
        }
        int n = bytes.length;
        while (n > 0 && (bytes[n - 1] == '\n' || bytes[n - 1] == '\r')) n--;
        if (n < 16) {
            throw new IllegalArgumentException("the secret in " + file + " is too short: use at least 16 characters,"
                    + " e.g. head -c 32 /dev/urandom | base64 > " + file);
        }
        return new Secret(java.util.Arrays.copyOf(bytes, n));
    }

    static Secret of(String text) {
        return new Secret(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh random challenge (32 bytes, hex). */
    static String challenge() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The proof of knowing the secret for this challenge and agent name: HMAC-SHA256, hex. */
    String proof(String challenge, String agent) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(challenge.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(agent.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    /** Whether {@code proof} is the right one for this challenge and agent (constant-time comparison). */
    boolean verifies(String challenge, String agent, String proof) {
        if (proof == null) return false;
        return MessageDigest.isEqual(proof(challenge, agent).getBytes(StandardCharsets.US_ASCII),
                proof.getBytes(StandardCharsets.US_ASCII));
    }
}
