package org.entente.report;

/**
 * What writes the body of one section of report.html. Its anchor and heading are given where the
 * page lists it ({@link ReportPage#SECTIONS}): a new section is one class and one line there.
 */
public interface ReportSection {
    /** The section's HTML (every text from a config or CSV escaped), or "" to leave it out of the page. */
    String body(ReportContent content) throws java.io.IOException;
}
