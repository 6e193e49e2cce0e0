package org.hubline.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.shared.validation.InvalidInputException;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The borough's geography: Oldham's wards in five hub footprints, footprint changes with
 * history, postcode imports in ONS shapes and routing. On H2 and PostgreSQL.
 */
abstract class PlacesIntegrationTests {

    static final String OLDHAM = "E08000004";
    static final String TAMESIDE = "E08000008";
    static final String WATERHEAD = "E05014664";
    static final String ST_MARYS = "E05014663";
    static final String SHAW = "E05014661";

    @Autowired
    HubDirectory directory;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FootprintDesigner designer;
    @Autowired
    PostcodeImports imports;
    @Autowired
    Routing routing;
    @Autowired
    PlacesStore store;
    @Autowired
    PlacesAdministration admin;
    @Autowired
    MutableClock clock;
    @Autowired
    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        clock.reset();
        signedIn.as("admin");
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
        clock.reset();
    }

    private long hubId(String code) {
        return directory.hubs().stream().filter(h -> h.code().equals(code)).findFirst().orElseThrow().id();
    }

    private Map<String, HubFootprint> footprintsByCode(List<HubFootprint> footprints) {
        return footprints.stream().collect(Collectors.toMap(f -> f.hub().code(), f -> f));
    }

    @Test
    void oldhamsTwentyWardsMakeFiveHubsAndTheEastHubIsFlaggedAboveTheBand() {
        assertThat(directory.wards().stream().filter(w -> w.borough().equals("Oldham"))).hasSize(20);
        Map<String, HubFootprint> hubs = footprintsByCode(directory.footprints(LocalDate.of(2026, 1, 1)));
        assertThat(hubs).hasSize(5);
        assertThat(hubs.values().stream().mapToInt(HubFootprint::population).sum()).isEqualTo(237_628);
        assertThat(hubs.get("NORTH").population()).isEqualTo(40_890);
        assertThat(hubs.get("EAST").population()).isEqualTo(56_836);
        assertThat(hubs.get("EAST").bandProblem()).contains("Above the 30,000–55,000 band");
        assertThat(hubs.values().stream().filter(HubFootprint::outsideBand)).hasSize(1);
        assertThat(hubs.get("EAST").wards()).extracting(Ward::name).contains("Waterhead", "Saddleworth North");
    }

    @Test
    void movingAWardIsPreviewedThenAppliedFromADateAndEarlierRoutingKeepsItsHub() {
        clock.set(Instant.parse("2030-06-01T09:00:00Z"));
        LocalDate today = LocalDate.of(2030, 6, 1);
        List<WardMove> proposal = List.of(new WardMove(WATERHEAD, hubId("NORTH")));

        FootprintPreview preview = designer.preview(proposal);
        Map<String, HubFootprint> after = footprintsByCode(preview.footprints());
        assertThat(after.get("EAST").population()).isEqualTo(43_207);
        assertThat(after.get("NORTH").population()).isEqualTo(54_519);
        // The move brings the East Hub inside the band without pushing the North Hub out of it.
        assertThat(after.get("EAST").outsideBand()).isFalse();
        assertThat(after.get("NORTH").outsideBand()).isFalse();
        assertThat(preview.moves()).singleElement().satisfies(m -> assertThat(m.fromHubId()).isEqualTo(hubId("EAST")));
        assertThat(directory.hubForWard(WATERHEAD, today).orElseThrow().code()).isEqualTo("EAST");

        designer.apply(proposal, today.plusDays(7), "Balance the East hub");
        assertThat(directory.hubForWard(WATERHEAD, today).orElseThrow().code()).isEqualTo("EAST");
        assertThat(directory.hubForWard(WATERHEAD, today.plusDays(7)).orElseThrow().code()).isEqualTo("NORTH");
        assertThat(directory.hubForWard(WATERHEAD, LocalDate.of(2026, 1, 1)).orElseThrow().code()).isEqualTo("EAST");
    }

    @Test
    void aFootprintChangeNeedsAReasonAFutureDateAndARealMove() {
        List<WardMove> proposal = List.of(new WardMove(SHAW, hubId("CENTRAL")));
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> designer.apply(proposal, today.minusDays(1), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("effectiveFrom", "reason"));
        assertThatThrownBy(() -> designer.apply(List.of(new WardMove(SHAW, hubId("NORTH"))), today, "No change"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("moves"));
        assertThat(directory.hubForWard(SHAW, today).orElseThrow().code()).isEqualTo("NORTH");
    }

    @Test
    void onlyAnAdminChangesFootprintsOrImportsButEveryoneSignedInCanRoute() {
        signedIn.as("coordinator");
        assertThatThrownBy(() -> designer.preview(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> designer.apply(List.of(), LocalDate.now(clock), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.history()).isInstanceOf(AccessDeniedException.class);
        assertThat(routing.route("not a postcode").status()).isEqualTo(Route.Status.INVALID_POSTCODE);
        signedIn.as("partner");
        assertThat(routing.wardChoices("water")).extracting(Ward::name).containsExactly("Waterhead");
    }

    @Test
    void anNsplFileRoutesItsPostcodesAndMarksTerminatedAndOutOfAreaOnes() {
        var file = PostcodeFiles.write("NSPL_NOV_2026_UK.csv", PostcodeFiles.NSPL_HEADER,
                PostcodeFiles.nspl("OL1 1AA", "", OLDHAM, ST_MARYS),
                PostcodeFiles.nspl("OL2 7XX", "201903", OLDHAM, SHAW),
                PostcodeFiles.nspl("OL6 9ZZ", "", TAMESIDE, "E05000800"),
                PostcodeFiles.nspl("OL1 4ZZ", "", TAMESIDE, "E05000801"),
                PostcodeFiles.nspl("SW1A 1AA", "", "E09000033", "E05000644"));
        PostcodeImportStatus status = imports.importNow(file, "NSPL_NOV_2026_UK.csv");

        assertThat(status.state()).isEqualTo(PostcodeImportStatus.State.ACTIVE);
        assertThat(status.format()).isEqualTo("NSPL");
        assertThat(status.rowsImported()).isEqualTo(3);
        assertThat(status.rowsRejected()).isZero();

        Route stMarys = routing.route("ol11aa");
        assertThat(stMarys.status()).isEqualTo(Route.Status.ROUTED);
        assertThat(stMarys.postcode()).isEqualTo("OL1 1AA");
        assertThat(stMarys.ward().name()).isEqualTo("St Mary's");
        assertThat(stMarys.hub().code()).isEqualTo("CENTRAL");

        Route terminated = routing.route("OL2 7XX");
        assertThat(terminated.hub().code()).isEqualTo("NORTH");
        assertThat(terminated.terminatedPostcode()).isTrue();
        assertThat(terminated.message()).contains("terminated");

        // Tameside shares the OL1 district with Oldham: known, but out of area.
        assertThat(routing.route("OL1 4ZZ").status()).isEqualTo(Route.Status.OUT_OF_AREA);
        // Other districts are not kept at all.
        assertThat(routing.route("OL6 9ZZ").status()).isEqualTo(Route.Status.UNKNOWN_POSTCODE);
        assertThat(routing.route("SW1A 1AA").status()).isEqualTo(Route.Status.UNKNOWN_POSTCODE);
    }

    @Test
    void anImportsProgressIsWrittenWithEachBatchSoEveryNodeSeesIt() throws Exception {
        List<String> rows = new ArrayList<>(List.of("postcode,ward_code"));
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        for (String district : List.of("OL8", "OL9")) {
            for (int d = 1; d <= 9; d++) {
                for (char a : letters.toCharArray()) {
                    for (char b : letters.toCharArray()) {
                        rows.add(district + " " + d + a + b + "," + WATERHEAD);
                    }
                }
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbcTemplate.update(c -> {
            var insert = c.prepareStatement("INSERT INTO postcode_directory (source_name, source_format, status, "
                    + "started_by, started_at) VALUES ('batches.csv', 'UNKNOWN', 'RUNNING', 'admin', ?)",
                    new String[] {"id"});
            insert.setObject(1, OffsetDateTime.now());
            return insert;
        }, keys);
        long id = keys.getKey().longValue();
        PostcodeImporter importer = new PostcodeImporter(jdbcTemplate, new TransactionTemplate(transactions),
                Set.of("E08000004"), Set.of(WATERHEAD));

        importer.run(PostcodeFiles.write("batches.csv", rows.toArray(String[]::new)), id,
                new PostcodeImporter.Progress());

        var written = jdbcTemplate.queryForMap("SELECT rows_imported, progress_per_mille FROM postcode_directory "
                + "WHERE id = ?", id);
        assertThat(((Number) written.get("rows_imported")).longValue()).as("written by the batches, not at the end")
                .isEqualTo(rows.size() - 1);
        assertThat(((Number) written.get("progress_per_mille")).intValue()).isEqualTo(1000);
        jdbcTemplate.update("DELETE FROM postcode_directory WHERE id = ?", id);
    }

    @Test
    void aFileWithSomeBadRowsImportsTheGoodOnesAndReportsTheBadByLine() {
        var file = PostcodeFiles.write("wards.csv", "postcode,ward_code",
                "OL4 1AB," + WATERHEAD,
                "not-a-postcode," + WATERHEAD,
                "OL4 1AC,E05999999",
                "OL4 1AD,",
                "ol4 1ab," + WATERHEAD,
                "OL4 1AE," + WATERHEAD);
        PostcodeImportStatus status = imports.importNow(file, "wards.csv");

        assertThat(status.state()).isEqualTo(PostcodeImportStatus.State.ACTIVE);
        assertThat(status.format()).isEqualTo("SIMPLE");
        assertThat(status.rowsImported()).isEqualTo(2);
        assertThat(status.rejections()).extracting(PostcodeImportStatus.RejectedRow::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(status.rejections().get(0).reason()).contains("not a UK postcode");
        assertThat(status.rejections().get(1).reason()).contains("not one of the borough's wards");
        assertThat(status.rejections().get(3).reason()).contains("more than once");
        assertThat(routing.route("OL4 1AE").ward().name()).isEqualTo("Waterhead");
    }

    @Test
    void aFileOfTheWrongShapeIsRefusedAndTheDirectoryInForceStays() {
        imports.importNow(PostcodeFiles.write("good.csv", "postcode,ward_code", "OL8 1AA," + WATERHEAD), "good.csv");
        assertThat(routing.route("OL8 1AA").status()).isEqualTo(Route.Status.ROUTED);

        PostcodeImportStatus refused = imports.importNow(
                PostcodeFiles.write("addresses.csv", "name,street,town", "A,B,C"), "addresses.csv");
        assertThat(refused.state()).isEqualTo(PostcodeImportStatus.State.REFUSED);
        assertThat(refused.message()).contains("pcds").contains("postcode,ward_code");
        assertThat(routing.route("OL8 1AA").status()).isEqualTo(Route.Status.ROUTED);
        assertThat(imports.active().orElseThrow().sourceName()).isEqualTo("good.csv");
    }

    @Test
    void aZipThatUnpacksToOneEnormousLineIsRefusedWithoutExhaustingMemory() throws Exception {
        imports.importNow(PostcodeFiles.write("good.csv", "postcode,ward_code", "OL8 1AA," + WATERHEAD), "good.csv");
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("one-line", ".zip");
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("postcodes.csv"));
            out.write("postcode,ward_code\nOL8 1AB,".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
            out.closeEntry();
        }
        PostcodeImportStatus refused = imports.importNow(zip, "one-line.zip");
        assertThat(refused.state()).isEqualTo(PostcodeImportStatus.State.REFUSED);
        assertThat(refused.message()).startsWith("Line 2 is longer than 10000 characters");
        assertThat(imports.active().orElseThrow().sourceName()).isEqualTo("good.csv");
    }

    @Test
    void aFileTooLargeToBeAHexMapIsRefusedBeforeItIsRead() {
        assertThatThrownBy(() -> admin.importHexJson(" ".repeat(PlacesAdministration.MAX_HEXJSON_CHARS + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("file"))
                        .contains("at most 1024 KB"));
    }

    @Test
    void anUnknownPostcodeNeverBlocksACallTheHandlerChoosesTheWardOrOverridesWithAReason() {
        Route unknown = routing.route("OL9 9ZZ");
        assertThat(unknown.status()).isEqualTo(Route.Status.UNKNOWN_POSTCODE);
        assertThat(unknown.message()).contains("Choose the caller's ward");

        Route chosen = routing.routeToWard(ST_MARYS, unknown.postcode());
        assertThat(chosen.status()).isEqualTo(Route.Status.WARD_CHOSEN);
        assertThat(chosen.hub().code()).isEqualTo("CENTRAL");

        assertThatThrownBy(() -> routing.override(chosen, hubId("SOUTH"), "")).isInstanceOf(InvalidInputException.class);
        Route overridden = routing.override(chosen, hubId("SOUTH"), "Staying with her daughter in Failsworth");
        assertThat(overridden.status()).isEqualTo(Route.Status.OVERRIDDEN);
        assertThat(overridden.hub().code()).isEqualTo("SOUTH");
        assertThat(overridden.reason()).isEqualTo("Staying with her daughter in Failsworth");
    }

    @Test
    void theHexMapExportsAsHexJsonAndImportsBackAndABadFileChangesNothing() {
        String exported = admin.exportHexJson();
        assertThat(exported).contains("\"layout\" : \"odd-r\"").contains("\"E05014664\"").contains("Waterhead");
        assertThat(admin.importHexJson(exported)).isEqualTo(20);
        assertThat(admin.exportHexJson()).isEqualTo(exported);

        assertThatThrownBy(() -> admin.importHexJson("{\"layout\":\"odd-r\",\"hexes\":{\"E05014664\":{\"q\":0,\"r\":0},"
                + "\"E05014663\":{\"q\":0,\"r\":0}}}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("share the cell");
        assertThatThrownBy(() -> admin.importHexJson("{\"layout\":\"odd-r\",\"hexes\":{\"E09999999\":{\"q\":0,\"r\":0}}}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a ward");
        assertThatThrownBy(() -> admin.importHexJson("not json"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a JSON file");
        assertThat(admin.exportHexJson()).isEqualTo(exported);
    }

    @Test
    void anAdminAddsAWardOfAnotherBoroughAndAHubButNotADuplicate() {
        String code = "E0599" + String.format("%04d", Unique.next());
        admin.saveWard(new Ward(code, "Mossley", "Tameside", "E08000008", 10_000, true), true);
        assertThat(directory.wards()).extracting(Ward::name).contains("Mossley");
        assertThatThrownBy(() -> admin.saveWard(new Ward(code, "Mossley", "Tameside", null, 10, true), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already a ward");
        assertThatThrownBy(() -> admin.saveWard(new Ward("X1", "", "", null, -1, true), true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("code", "name", "borough", "population"));
        assertThat(directory.unassignedWards(null)).extracting(Ward::code).contains(code);

        assertThatThrownBy(() -> admin.saveHub(new HubDetails(null, "NORTH2", "North Hub", null, null, null, true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has this name");
        signedIn.as("director");
        assertThatThrownBy(() -> admin.exportHexJson()).isInstanceOf(AccessDeniedException.class);
    }
}
