package org.entente.report;

import java.awt.Color;

/**
 * The Okabe–Ito colour-blind-safe palette (Okabe &amp; Ito 2008), assigned by party order in the
 * config so that each party keeps its colour in every chart. Yellow comes last: it is faint on white.
 */
public final class Palette {
    private static final Color[] PARTY = {
            new Color(0x00, 0x72, 0xB2), // blue
            new Color(0xD5, 0x5E, 0x00), // vermillion
            new Color(0x00, 0x9E, 0x73), // bluish green
            new Color(0xCC, 0x79, 0xA7), // reddish purple
            new Color(0xE6, 0x9F, 0x00), // orange
            new Color(0x56, 0xB4, 0xE9), // sky blue
            new Color(0x99, 0x88, 0x00), // dark yellow (Okabe–Ito yellow darkened for contrast on white)
    };

    /** Colour of series that are not a party (agreement rate, runs): near black. */
    public static final Color NEUTRAL = new Color(0x22, 0x22, 0x22);

    private Palette() {
    }

    /** The colour of the party at {@code index} in the config's party order. */
    public static Color party(int index) {
        if (index < 0) return NEUTRAL;
        return PARTY[index % PARTY.length];
    }

    /** The colour with the given opacity in [0, 1]. */
    public static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    /** CSS hex form, e.g. #0072b2. */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
