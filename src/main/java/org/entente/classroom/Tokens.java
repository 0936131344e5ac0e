package org.entente.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The classroom's secrets, drawn from {@link SecureRandom}: join codes a student can type on a phone
 * (no 0/O or 1/I), and bearer tokens for students and the teacher; compared in constant time.
 */
final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;

    private Tokens() {
    }

    /** A fresh join code of {@link #CODE_LENGTH} letters and digits. */
    static String joinCode() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) b.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        return b.toString();
    }

    /** A bearer token: 32 random bytes, URL-safe base64. */
    static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A join code as students may type it: case and surrounding spaces do not matter. */
    static String normaliseCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Constant-time equality, so response timing says nothing about how much of a secret was right. */
    static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
