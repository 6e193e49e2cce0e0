package org.hubline.bench;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.hubline.places.PostcodeImportStatus;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Route;
import org.hubline.places.Routing;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Postcode directory benchmark (not a test): imports a synthetic NSPL-shaped file and times
 * postcode → ward → hub routing. Run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.hubline.bench.PlacesBenchmark
 * -Dexec.args="h2|postgres [rows] [boroughPostcodes] [lookups]"}.
 */
public final class PlacesBenchmark {

    private static final String[] WARDS = {"E05014646", "E05014647", "E05014648", "E05014649", "E05014650",
            "E05014651", "E05014652", "E05014653", "E05014654", "E05014655", "E05014656", "E05014657", "E05014658",
            "E05014659", "E05014660", "E05014661", "E05014662", "E05014663", "E05014664", "E05014665"};
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private PlacesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int borough = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int lookups = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;

        Path file = Files.createTempFile("nspl-bench", ".csv");
        List<String> boroughPostcodes = writeNspl(file, rows, borough);
        System.out.printf("Generated %,d NSPL rows (%,d in the borough), %,d MB%n", rows, boroughPostcodes.size(),
                Files.size(file) / 1_000_000);

        try (ConfigurableApplicationContext app = BenchApp.start(database, "bench")) {
            BenchApp.signIn(app, "admin");
            PostcodeImports imports = app.getBean(PostcodeImports.class);
            long start = System.nanoTime();
            PostcodeImportStatus status = imports.importNow(file, "bench.csv");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("[%s] import: %s, %,d rows read (two passes), %,d postcodes kept, %,d rejected in %.2f s"
                    + " = %,.0f rows/s%n", database, status.state(), status.rowsRead(), status.rowsImported(),
                    status.rowsRejected(), seconds, status.rowsRead() / seconds);

            Routing routing = app.getBean(Routing.class);
            Random random = new Random(42);
            for (int i = 0; i < 2_000; i++) {
                routing.route(boroughPostcodes.get(random.nextInt(boroughPostcodes.size())));
            }
            long[] nanos = new long[lookups];
            int routed = 0;
            for (int i = 0; i < lookups; i++) {
                String postcode = boroughPostcodes.get(random.nextInt(boroughPostcodes.size()));
                long t = System.nanoTime();
                Route route = routing.route(postcode);
                nanos[i] = System.nanoTime() - t;
                routed += route.hasHub() ? 1 : 0;
            }
            Arrays.sort(nanos);
            System.out.printf("[%s] postcode -> hub over %,d lookups (%,d routed) against %,d postcodes: "
                    + "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n", database, lookups, routed,
                    status.rowsImported(), nanos[lookups / 2] / 1e6, nanos[(int) (lookups * 0.95)] / 1e6,
                    nanos[(int) (lookups * 0.99)] / 1e6, nanos[lookups - 1] / 1e6);
        } finally {
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    /** Writes an NSPL-shaped file; returns the borough's postcodes in it. */
    private static List<String> writeNspl(Path file, int rows, int borough) throws Exception {
        List<String> boroughPostcodes = new ArrayList<>(borough);
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,ced,laua,ward,"
                    + "nhser,ctry,rgn,pcon,ttwa,itl,npark,lsoa21,msoa21,wz11,sicbl,bua24,ruc21,oac11,lat,long,lep1,"
                    + "lep2,pfa,imd,icb\n");
            int written = 0;
            int district = 0;
            while (written < rows) {
                boolean inBorough = boroughPostcodes.size() < borough && (written % Math.max(1, rows / borough) == 0);
                String outward = inBorough ? "OL" + (1 + boroughPostcodes.size() / 4000)
                        : "Z" + (char) ('A' + district % 20) + (1 + district / 20 % 90);
                district++;
                for (int d = 0; d < 10 && written < rows; d++) {
                    for (int l = 0; l < LETTERS.length() * LETTERS.length() && written < rows; l++) {
                        String postcode = outward + " " + d + LETTERS.charAt(l / LETTERS.length())
                                + LETTERS.charAt(l % LETTERS.length());
                        if (inBorough && boroughPostcodes.size() >= borough) {
                            inBorough = false;
                        }
                        String la = inBorough ? "E08000004" : "E08000999";
                        String ward = inBorough ? WARDS[random.nextInt(WARDS.length)] : "E05999999";
                        String compact = postcode.replace(" ", "");
                        out.write("\"" + compact + "\",\"" + compact + "\",\"" + postcode + "\",\"202001\",\"\",\"0\","
                                + "393000,405000,1,E00000001,E99999999,E99999999,\"" + la + "\",\"" + ward + "\","
                                + "E40000010,E92000001,E12000002,E14001416,E30000239,E06000001,E99999999,E01000001,"
                                + "E02000001,E33000001,E38000135,E63000001,UN1,1a1,53.541234,-2.117654,E37000015,,"
                                + "E23000005,12345,E54000048\n");
                        if (inBorough) {
                            boroughPostcodes.add(postcode);
                        }
                        written++;
                    }
                }
            }
        }
        return boroughPostcodes;
    }
}
