package org.hubline.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.hubline.places.PostcodeImports;
import org.hubline.places.Route;
import org.hubline.places.Routing;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Vulnerability;
import org.hubline.test.ResidentBuilder;
import org.hubline.test.SignedIn;

/** Builders for the calls the tests log. Demo postcodes: OL2 9ZP is Shaw (North hub), M35 9ZG Failsworth East (South). */
public final class Calls {

    public static final String SHAW = "OL2 9ZP";
    public static final String FAILSWORTH_EAST = "M35 9ZG";
    public static final String ROYTON_NORTH_POSTCODE = "OL2 9ZK";
    public static final String ROYTON_NORTH = "E05014656";

    private Calls() {
    }

    /**
     * Puts the demo postcodes back in force if another test imported a directory of its own
     * (tests share the database). Leaves the admin signed out.
     */
    public static void ensureDemoPostcodes(SignedIn signedIn, Routing routing,
            PostcodeImports imports) {
        signedIn.as("admin");
        try {
            if (routing.route(SHAW).status() == Route.Status.ROUTED
                    && routing.route(ROYTON_NORTH_POSTCODE).status() == Route.Status.ROUTED) {
                return;
            }
            Path file = Files.createTempFile("demo-postcodes", ".csv");
            try (var in = Calls.class.getResourceAsStream("/places/demo-postcodes.csv")) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            imports.importNow(file, "demo-postcodes.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            signedIn.nobody();
        }
    }

    public static ResidentDetails resident(String first, String last, LocalDate dob, String postcode, String phone,
            Vulnerability... flags) {
        return ResidentBuilder.aResident().called(first, last).bornOn(dob).at(postcode).phone(phone).vulnerable(flags)
                .build();
    }

    public static NeedInput need(NeedTaxonomy taxonomy, String typeName, WhenNeeded when) {
        NeedType type = taxonomy.activeTypes().stream().filter(t -> t.name().equals(typeName)).findFirst()
                .orElseThrow();
        return new NeedInput(type.id(), when, null);
    }

    /** A call from someone whose postcode does not settle routing, with their ward chosen. */
    public static LogCall newCallInWard(ResidentDetails resident, List<NeedInput> needs, String wardCode) {
        return new LogCall(null, resident, RoutingChoice.ward(wardCode), needs, SupportNow.FAMILY_OR_FRIENDS, null,
                null, true, CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, "Test call"), null);
    }

    /** A call whose needs no hub can take yet (the postcode is not known): the handler routes them later. */
    public static LogCall newCallRoutedLater(ResidentDetails resident, List<NeedInput> needs) {
        return new LogCall(null, resident, RoutingChoice.later(), needs, SupportNow.FAMILY_OR_FRIENDS, null, null,
                true, CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, "Test call"), null);
    }

    public static LogCall newCall(ResidentDetails resident, List<NeedInput> needs) {
        return new LogCall(null, resident, RoutingChoice.byPostcode(), needs, SupportNow.FAMILY_OR_FRIENDS, null, null,
                true, CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, "Test call"), null);
    }

    public static LogCall returningCall(ResidentRecord existing, List<NeedInput> needs) {
        return new LogCall(existing, existing.details(), RoutingChoice.byPostcode(), needs,
                SupportNow.FAMILY_OR_FRIENDS, null, null, true,
                CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, "Returning caller"), null);
    }

    public static LogCall keptApart(LogCall call, ResidentMatch match) {
        return new LogCall(call.existing(), call.resident(), call.routing(), call.needs(), call.supportNow(),
                call.priorityOverride(), call.overrideReason(), call.callbackNeeded(), call.call(), match);
    }
}
