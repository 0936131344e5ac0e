package org.entente.classroom;

import org.entente.model.Phrases;

import java.time.Duration;

/** Durations in words for messages: "90 seconds", "5 minutes", "1 minute 30 seconds". */
final class Durations {
    private Durations() {
    }

    static String words(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60 || (s < 180 && s % 60 != 0)) return Phrases.count(s, "second", "seconds");
        long m = s / 60, rest = s % 60;
        String minutes = Phrases.count(m, "minute", "minutes");
        return rest == 0 ? minutes : minutes + " " + Phrases.count(rest, "second", "seconds");
    }
}
