package org.ducha.organization.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A list endpoint's {@code ?format=xlsx} answer: the whole filtered list, one row per item, streamed. */
final class XlsxList {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private XlsxList() {
	}

	static <T> ResponseEntity<StreamingResponseBody> of(String name, List<String> headers, List<T> items,
			Function<T, List<Object>> row) {
		StreamingResponseBody body = out -> write(out, name, headers, items, row);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".xlsx").build().toString())
			.body(body);
	}

	private static <T> void write(OutputStream out, String name, List<String> headers, List<T> items,
			Function<T, List<Object>> row) throws IOException {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			Sheet sheet = wb.createSheet(name);
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(headers.get(i));
			}
			int r = 1;
			for (T item : items) {
				Row line = sheet.createRow(r++);
				List<Object> values = row.apply(item);
				for (int i = 0; i < values.size(); i++) {
					Object v = values.get(i);
					if (v instanceof Boolean b) {
						line.createCell(i).setCellValue(b);
					}
					else if (v instanceof Number n) {
						line.createCell(i).setCellValue(n.doubleValue());
					}
					else if (v != null) {
						line.createCell(i).setCellValue(v.toString());
					}
				}
			}
			wb.write(out);
		}
	}
}
