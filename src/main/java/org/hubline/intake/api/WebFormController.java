package org.hubline.intake.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.NeedType;
import org.hubline.intake.WebFormReceipt;
import org.hubline.intake.WebFormRequests;
import org.hubline.intake.WebFormSubmission;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web-form channel: the council's online "ask for help" form posts requests here. They land
 * in the same triage and callback queue as phone calls, with channel "web form". Calls need the
 * form's API key in {@code X-Api-Key} and are rate-limited per client address.
 */
@RestController
@RequestMapping("/api/web-form")
@Tag(name = "Web form", description = "Requests for help from the council's online form")
class WebFormController {

    private final WebFormRequests webForm;
    private final NeedTaxonomy taxonomy;

    WebFormController(WebFormRequests webForm, NeedTaxonomy taxonomy) {
        this.webForm = webForm;
        this.taxonomy = taxonomy;
    }

    record NeedOption(long id, String category, String name, boolean asksWhenNeeded) {
    }

    @GetMapping("/needs")
    @Operation(summary = "What people can ask for help with", description = "The need types to offer on the form.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = WebFormSecurity.API_KEY_HEADER, required = true))
    List<NeedOption> needs() {
        return taxonomy.activeTypes().stream()
                .map((NeedType t) -> new NeedOption(t.id(), t.categoryName(), t.name(), t.asksWhenNeeded())).toList();
    }

    @PostMapping("/help-requests")
    @Operation(summary = "Ask for help", description = "Validates, triages and routes the request and puts it in "
            + "the helpline's callback queue.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = WebFormSecurity.API_KEY_HEADER, required = true),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Accepted: a reference and the priority given"),
                    @ApiResponse(responseCode = "400", description = "Something is wrong: one message per field "
                            + "in 'errors'"),
                    @ApiResponse(responseCode = "401", description = "Missing or wrong API key"),
                    @ApiResponse(responseCode = "429", description = "Too many requests: try again after "
                            + "Retry-After seconds")})
    ResponseEntity<WebFormReceipt> submit(@RequestBody WebFormSubmission submission) {
        WebFormReceipt receipt = webForm.submit(submission);
        return ResponseEntity.created(URI.create("/api/web-form/help-requests/" + receipt.reference())).body(receipt);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request was not accepted: fix the fields listed in 'errors' and send it again.");
        problem.setTitle("Check the request");
        problem.setProperty("errors", e.fieldErrors());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not a JSON help request (check dates are YYYY-MM-DD and lists are arrays).");
        problem.setTitle("Unreadable request");
        problem.setProperty("errors", Map.of());
        return ResponseEntity.badRequest().body(problem);
    }
}
