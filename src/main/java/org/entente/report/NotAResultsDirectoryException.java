package org.entente.report;

import java.io.IOException;

/** The directory given to the report holds none of the files a results directory has. */
public final class NotAResultsDirectoryException extends IOException {
    public NotAResultsDirectoryException(String message) {
        super(message);
    }
}
