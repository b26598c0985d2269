package org.ducha.bulletin.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.bulletin.Bulletins;
import org.ducha.shared.DomainException;

/** Sends a bulletin as .docx or PDF, named after its month; the file is built before anything is sent, so a refusal stays a problem response. */
final class BulletinDownloads {

	private BulletinDownloads() {
	}

	static void respond(Bulletins bulletins, String id, String format, HttpServletResponse response) throws IOException {
		String f = format == null ? "docx" : format.strip().toLowerCase();
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		String contentType;
		switch (f) {
			case "docx" -> {
				bulletins.writeDocx(id, buffer);
				contentType = BulletinApiController.DOCX;
			}
			case "pdf" -> {
				bulletins.writePdf(id, buffer);
				contentType = "application/pdf";
			}
			default -> throw DomainException.validation("format", "docx or pdf");
		}
		String month = bulletins.get(id).bulletin().getMonth().toString();
		String name = "查处通报-" + month + "." + f;
		response.setContentType(contentType);
		response.setHeader("Content-Disposition", "attachment; filename=\"bulletin-" + month + "." + f
				+ "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
		response.setContentLength(buffer.size());
		buffer.writeTo(response.getOutputStream());
	}
}
