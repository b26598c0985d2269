package org.ducha.organization.web;

import java.io.IOException;
import java.io.InputStream;

import org.ducha.organization.ImportResult;
import org.ducha.organization.RosterImport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The roster import page: instructions, the template, the upload and its row-by-row report. */
@Controller
@PreAuthorize(Access.EDIT_ROSTER)
class RosterImportController {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private final RosterImport rosterImport;

	RosterImportController(RosterImport rosterImport) {
		this.rosterImport = rosterImport;
	}

	@GetMapping("/organization/import")
	String page() {
		return "organization/import";
	}

	@GetMapping("/organization/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(XlsxList.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("roster-template.xlsx").build().toString())
			.body(rosterImport.template());
	}

	@PostMapping("/organization/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		ImportResult result;
		if (file == null || file.isEmpty()) {
			result = rejected("NO_FILE");
		}
		else if (file.getSize() > MAX_BYTES) {
			result = rejected("FILE_TOO_LARGE");
		}
		else {
			try (InputStream in = file.getInputStream()) {
				result = rosterImport.importWorkbook(in);
			}
		}
		model.addAttribute("result", result);
		model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
		return "organization/import";
	}

	private ImportResult rejected(String code) {
		return rosterImport.refused(code, MAX_BYTES / (1024 * 1024));
	}
}
