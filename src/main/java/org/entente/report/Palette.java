package org.entente.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

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

    /** Dash patterns by party order (solid first), so that overlapping lines stay apart without colour. */
    private static final float[][] DASHES = {null, {10f, 6f}, {3f, 5f}, {12f, 5f, 3f, 5f}};

    /** The line of the party at {@code index}: 2.5 px, solid for the first party, dashed or dotted for the others. */
    public static Stroke line(int index) {
        float[] dash = DASHES[Math.max(0, index) % DASHES.length];
        return dash == null ? new BasicStroke(2.5f) : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, dash, 0f);
    }

    /** The marker of the party at {@code index}: circle, square, triangle, diamond, inverted triangle. */
    public static Shape marker(int index) {
        double r = 6;
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(0, -r - 1);
        triangle.lineTo(r + 1, r);
        triangle.lineTo(-r - 1, r);
        triangle.closePath();
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(0, -r - 1);
        diamond.lineTo(r + 1, 0);
        diamond.lineTo(0, r + 1);
        diamond.lineTo(-r - 1, 0);
        diamond.closePath();
        Path2D down = new Path2D.Double();
        down.moveTo(0, r + 1);
        down.lineTo(r + 1, -r);
        down.lineTo(-r - 1, -r);
        down.closePath();
        // the square is smaller than the circle it may be drawn over, so both stay visible
        Shape[] shapes = {new Ellipse2D.Double(-r, -r, 2 * r, 2 * r), new Rectangle2D.Double(-4.5, -4.5, 9, 9),
                triangle, diamond, down};
        return shapes[Math.max(0, index) % shapes.length];
    }

    /** The colour with the given opacity in [0, 1]. */
    public static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }
}
