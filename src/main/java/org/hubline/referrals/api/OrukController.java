package org.hubline.referrals.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hubline.referrals.OrukDirectory;
import org.hubline.referrals.OrukQuery;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * The partner directory for other systems, read-only, as the Open Referral UK 3.0 profile
 * describes it: {@code /}, {@code /services}, {@code /services/{id}}, {@code /service_at_locations},
 * {@code /service_at_locations/{id}}, {@code /taxonomies}, {@code /taxonomies/{id}},
 * {@code /taxonomy_terms} and {@code /taxonomy_terms/{id}}, paged with {@code page} (from 1) and
 * {@code per_page} (1–200). Active services only; no personal data.
 */
@RestController
@RequestMapping("/api/oruk")
@Tag(name = "Open Referral UK", description = "The VCS partner directory, read-only, ORUK 3.0")
class OrukController {

    private final OrukDirectory directory;

    OrukController(OrukDirectory directory) {
        this.directory = directory;
    }

    @GetMapping({"", "/"})
    @Operation(operationId = "getAPIMetaInformation", summary = "Information about this API and its relationship with HSDS")
    ObjectNode about() {
        return directory.about();
    }

    @GetMapping("/services")
    @Operation(operationId = "getPaginatedListOfServices",
            summary = "Paginated listing of services with their one-to-one fields (fully nested with full_service)")
    ObjectNode services(@RequestParam(required = false) String search,
            @Parameter(hidden = true) @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "minimum_age", required = false) String minimumAge,
            @RequestParam(name = "maximum_age", required = false) String maximumAge,
            @RequestParam(name = "start_time", required = false) String startTime,
            @RequestParam(name = "end_time", required = false) String endTime,
            @RequestParam(required = false) String day,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(name = "full_service", defaultValue = "false") boolean fullService) {
        return directory.services(OrukQuery.of(search == null ? text : search, taxonomyTermId, taxonomyId, minimumAge,
                maximumAge, startTime, endTime, day, modifiedAfter), page, perPage, fullService);
    }

    @GetMapping("/services/{id}")
    @Operation(operationId = "getFullyNestedServiceById", summary = "A fully nested service, by id")
    ObjectNode service(@PathVariable String id) {
        return directory.service(id);
    }

    @GetMapping("/service_at_locations")
    @Operation(operationId = "getPaginatedListOfServiceAtLocation",
            summary = "Paginated listing of services at their locations")
    ObjectNode serviceAtLocations(@RequestParam(required = false) String search,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "minimum_age", required = false) String minimumAge,
            @RequestParam(name = "maximum_age", required = false) String maximumAge,
            @RequestParam(name = "start_time", required = false) String startTime,
            @RequestParam(name = "end_time", required = false) String endTime,
            @RequestParam(required = false) String day,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter) {
        return directory.serviceAtLocations(OrukQuery.of(search, taxonomyTermId, taxonomyId, minimumAge, maximumAge,
                startTime, endTime, day, modifiedAfter), page, perPage);
    }

    @GetMapping("/service_at_locations/{id}")
    @Operation(operationId = "getServiceAtLocationWithNestedDataById",
            summary = "A service at a location, with the location, its address and the service")
    ObjectNode serviceAtLocation(@PathVariable String id) {
        return directory.serviceAtLocation(id);
    }

    @GetMapping("/taxonomies")
    @Operation(operationId = "getPaginatedListOfTaxonomies", summary = "Paginated listing of taxonomies")
    ObjectNode taxonomies(@RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
        return directory.taxonomies(page, perPage);
    }

    @GetMapping("/taxonomies/{id}")
    @Operation(operationId = "getTaxonomyById", summary = "A taxonomy with its terms, by id")
    ObjectNode taxonomy(@PathVariable String id) {
        return directory.taxonomy(id);
    }

    @GetMapping("/taxonomy_terms")
    @Operation(operationId = "getPaginatedListOfTaxonomyTerms", summary = "Paginated listing of taxonomy terms")
    ObjectNode taxonomyTerms(@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
        return directory.taxonomyTerms(taxonomyId, page, perPage);
    }

    @GetMapping("/taxonomy_terms/{id}")
    @Operation(operationId = "getTaxonomyTermById", summary = "A taxonomy term, by id")
    ObjectNode taxonomyTerm(@PathVariable String id) {
        return directory.taxonomyTerm(id);
    }

    /** Something not published here is 404; a parameter that cannot be read is 400, naming it. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        HttpStatus status = e.fieldErrors().containsKey("id") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(ApiProblems.problem(status,
                status == HttpStatus.NOT_FOUND ? "Not found" : "Bad request",
                String.join(" ", e.fieldErrors().values())));
    }
}
