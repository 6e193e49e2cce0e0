package org.hubline.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Postcode files are read line by line as a BufferedReader would, but a line too long to be a postcode row is refused. */
class BoundedLineReaderTests {

    private static List<String> lines(String text, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BoundedLineReader reader = new BoundedLineReader(new StringReader(text), max)) {
            for (String line; (line = reader.readLine()) != null;) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void linesAreReadWithWindowsOrUnixEndsAndALastLineWithoutOne() throws IOException {
        assertThat(lines("a,b\r\nc,d\n\ne,f", 10)).containsExactly("a,b", "c,d", "", "e,f");
        assertThat(lines("", 10)).isEmpty();
        assertThat(lines("x".repeat(200_000) + "\n", 200_000)).singleElement()
                .satisfies(l -> assertThat(l).hasSize(200_000));
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> lines("pcds,doterm\nOL1 1AA,\n" + "y".repeat(100_001), 100_000))
                .isInstanceOf(PostcodeImporter.RefusedFile.class)
                .hasMessageStartingWith("Line 3 is longer than 100000 characters");
    }
}
