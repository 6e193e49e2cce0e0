package org.hubline.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a file line by line, as {@link BufferedReader#readLine()} does, but refuses a line longer
 * than {@code maxChars} instead of holding it whole in memory: a file with one enormous line (say
 * a zip that unpacks to gigabytes without a line break) is refused, not allowed to exhaust memory.
 */
final class BoundedLineReader extends BufferedReader {

    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int end;
    private long lines;

    BoundedLineReader(Reader in, int maxChars) {
        super(in, 1);
        this.maxChars = maxChars;
    }

    @Override
    public String readLine() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position >= end) {
                end = super.read(buffer, 0, buffer.length);
                position = 0;
                if (end <= 0) {
                    end = 0;
                    if (line != null) {
                        lines++;
                    }
                    return line == null ? null : strip(line);
                }
            }
            int start = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            if (line == null) {
                line = new StringBuilder(Math.min(maxChars, length + 16));
            }
            if (line.length() + length > maxChars) {
                throw new PostcodeImporter.RefusedFile("Line " + (lines + 1) + " is longer than " + maxChars
                        + " characters, so this is not a postcode file. " + PostcodeFile.EXPECTED);
            }
            line.append(buffer, start, length);
            if (position < end) {
                position++;
                lines++;
                return strip(line);
            }
        }
    }

    private static String strip(StringBuilder line) {
        int n = line.length();
        return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
    }
}
