package com.qincebridge.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.qincebridge.prepayment.PrepaymentList;
import com.qincebridge.prepayment.PrepaymentReconciliation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The prepayments page: the ledger of both variants, the reconciliation per activity and
 * supplier (also as .xlsx), and the prepayment files uploaded here with their results.
 */
@Controller
class PrepaymentsController {

	private final PrepaymentList ledger;

	private final PrepaymentReconciliation reconciliation;

	private final PrepaymentFiles files;

	PrepaymentsController(PrepaymentList ledger, PrepaymentReconciliation reconciliation, PrepaymentFiles files) {
		this.ledger = ledger;
		this.reconciliation = reconciliation;
		this.files = files;
	}

	@GetMapping("/prepayments")
	String prepayments(Model model) throws IOException {
		model.addAttribute("apcp", this.ledger.list("AP_CP", 500));
		model.addAttribute("onlineCost", this.ledger.list("ONLINE_COST", 500));
		model.addAttribute("reconciliation", this.reconciliation.rows());
		model.addAttribute("uploads", this.files.uploads());
		model.addAttribute("page", "prepayments");
		return "console/prepayments";
	}

	@GetMapping("/prepayments/reconciliation.xlsx")
	ResponseEntity<byte[]> reconciliation() throws IOException {
		List<List<?>> rows = this.reconciliation.rows()
			.stream()
			.<List<?>>map((row) -> List.<Object>of(row.activityCode(), row.supplierCode(), row.applied(), row.prepaid(),
					row.verified(), row.closed(), row.erpPaid(), row.difference()))
			.toList();
		return Downloads.xlsx("prepayment-reconciliation.xlsx",
				List.of("activity", "supplier", "applied", "prepaid", "verified", "closed", "erp_paid", "difference"),
				rows);
	}

	@GetMapping("/prepayments/files/{name}/result")
	ResponseEntity<byte[]> result(@PathVariable String name) throws IOException {
		Path result = this.files.result(name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No result for " + name + " yet"));
		String fileName = result.getFileName().toString();
		MediaType type = fileName.endsWith(".xlsx") ? Downloads.XLSX
				: new MediaType("text", "csv", StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(Files.readAllBytes(result));
	}

}
