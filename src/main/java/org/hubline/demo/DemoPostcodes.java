package org.hubline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.hubline.places.PostcodeImports;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A small made-up postcode directory (three postcodes per Oldham ward, inward codes ending in Z,
 * e.g. OL1 9ZR), imported like any council's file so calls route before anyone imports the ONS
 * one. Only when no directory is in force. Done as the admin.
 */
@Component
@DemoOnly
class DemoPostcodes {

    static final String RESOURCE = "places/demo-postcodes.csv";
    static final String SOURCE_NAME = "Demo postcodes (made up, not ONS data)";

    private final PostcodeImports imports;

    DemoPostcodes(PostcodeImports imports) {
        this.imports = imports;
    }

    void addIfNoDirectory() {
        if (imports.active().isPresent()) {
            return;
        }
        try {
            Path file = Files.createTempFile("demo-postcodes", ".csv");
            try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                imports.importNow(file, SOURCE_NAME);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
