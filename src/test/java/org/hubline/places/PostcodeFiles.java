package org.hubline.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small postcode files in the real ONS shapes, for tests. */
final class PostcodeFiles {

    /** The NSPL header as ONS publishes it (the columns Hubline reads among the others). */
    static final String NSPL_HEADER = "pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,"
            + "ced,laua,ward,nhser,ctry,rgn,pcon,ttwa,itl,npark,lsoa21,msoa21,wz11,sicbl,bua24,ruc21,oac11,lat,"
            + "long,lep1,lep2,pfa,imd,icb";

    private PostcodeFiles() {
    }

    /** An NSPL row: postcode, termination date (blank if live), local authority, ward. */
    static String nspl(String postcode, String doterm, String la, String ward) {
        String compact = postcode.replace(" ", "");
        return String.join(",", "\"" + compact + "\"", "\"" + compact + "\"", "\"" + postcode + "\"", "\"202001\"",
                "\"" + doterm + "\"", "\"0\"", "393000", "405000", "1", "E00000001", "E99999999", "E99999999",
                "\"" + la + "\"", "\"" + ward + "\"", "E40000010", "E92000001", "E12000002", "E14001416",
                "E30000239", "E06000001", "E99999999", "E01000001", "E02000001", "E33000001", "E38000135",
                "E63000001", "UN1", "1a1", "53.541234", "-2.117654", "E37000015", "", "E23000005", "12345",
                "E54000048");
    }

    static Path write(String name, String... lines) {
        try {
            Path dir = Files.createTempDirectory("hubline-postcodes");
            Path file = dir.resolve(name);
            Files.writeString(file, String.join("\n", lines) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
