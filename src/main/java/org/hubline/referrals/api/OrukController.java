package org.hubline.referrals.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hubline.referrals.PartnerDirectory;
import org.hubline.shared.validation.InvalidInputException;
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
 * The partner directory for other council systems, read-only, in Open Referral UK shape:
 * {@code GET /api/oruk/services} (paged with {@code page} and {@code per_page}, filtered by
 * {@code text} and {@code taxonomy_term_id}) and {@code GET /api/oruk/services/{id}}. Active
 * services only; no personal data.
 */
@RestController
@RequestMapping("/api/oruk")
@Tag(name = "Open Referral UK", description = "The VCS partner directory, read-only")
class OrukController {

    private final PartnerDirectory directory;

    OrukController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/services")
    @Operation(summary = "Services, paged",
            description = "ORUK paged list: total_items, total_pages, page_number, size, first_page, last_page, "
                    + "empty, contents. taxonomy_term_id is a need category (e.g. FOOD or hubline-needs-FOOD).")
    ObjectNode services(@RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage,
            @RequestParam(required = false) String text,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTerm) {
        return directory.orukServices(text, taxonomyTerm, page, perPage);
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "One service")
    ObjectNode service(@PathVariable String id) {
        return directory.orukService(id);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        HttpStatus status = e.fieldErrors().containsKey("id") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join(" ", e.fieldErrors().values()));
        return ResponseEntity.status(status).body(problem);
    }
}
