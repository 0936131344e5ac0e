package org.entente.report;

/**
 * One section of report.html: its anchor, its heading (also its entry in the page's contents) and
 * its body. The page is the list {@link ReportPage#SECTIONS}: a new section is one class and one line.
 */
public interface ReportSection {
    /** The section's anchor (letters, digits and '-'). */
    String id();

    /** The heading, in words. */
    String title();

    /** The section's HTML (every text from a config or CSV escaped), or "" to leave it out of the page. */
    String body(ReportContent content) throws java.io.IOException;
}
