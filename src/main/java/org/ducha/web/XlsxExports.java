package org.ducha.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Streams a list as an .xlsx (台账) in bounded memory: POI's SXSSF keeps only a window of rows in
 * memory and spills the rest, compressed, to a temporary file that is deleted afterwards. The caller
 * pushes rows (for example from a read-only transaction that streams and detaches entities, or page
 * by page), so a list of any length never sits in memory whole. Headers come from the message files
 * in the request's locale; dates are written in the district's zone as {@code yyyy-MM-dd}.
 */
@Component
public class XlsxExports {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int ROWS_IN_MEMORY = 200;

	/** The most rows one sheet holds (Excel's limit minus the header); the export goes on in a next sheet. */
	static final int ROWS_PER_SHEET = 1_048_575;

	private static final DateTimeFormatter INSTANT_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final MessageSource messages;

	private final Clock clock;

	private final ZoneId zone;

	public XlsxExports(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	/**
	 * Writes the export as the response: content type, an attachment file name
	 * ({@code <baseName>-<today>.xlsx}, UTF-8 encoded) and the workbook.
	 */
	public <T> void respond(HttpServletResponse response, String baseName, List<XlsxColumn<T>> columns,
			Consumer<Consumer<T>> rows) throws IOException {
		String fileName = baseName + "-" + LocalDate.now(clock) + ".xlsx";
		response.setContentType(CONTENT_TYPE);
		response.setHeader("Content-Disposition",
				"attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
		response.setHeader("Cache-Control", "no-store");
		write(response.getOutputStream(), columns, rows);
	}

	/**
	 * The rows of a paged list read through a service's own paged (and scoped) search, for
	 * {@link #respond}: page after page from {@code first} on, only one page held at a time. The first
	 * page is read at once, so that a refusal (403) comes before the response has begun.
	 */
	public static <T> Consumer<Consumer<T>> pages(Function<Pageable, Page<T>> fetch, Pageable first) {
		Page<T> firstPage = fetch.apply(first);
		return sink -> {
			Page<T> page = firstPage;
			page.forEach(sink);
			while (page.hasNext()) {
				page = fetch.apply(page.nextPageable());
				page.forEach(sink);
			}
		};
	}

	/** Writes the workbook to {@code out}: one bold header row, then one row per pushed item. */
	public <T> void write(OutputStream out, List<XlsxColumn<T>> columns, Consumer<Consumer<T>> rows) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headers = columns.stream().map(c -> messages.getMessage(c.headerKey(), null, locale)).toList();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			workbook.setCompressTempFiles(true);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			SheetWriter<T> writer = new SheetWriter<>(workbook, headers, bold, columns);
			rows.accept(writer::append);
			workbook.write(out);
			out.flush();
		}
	}

	private final class SheetWriter<T> {

		private final SXSSFWorkbook workbook;

		private final List<String> headers;

		private final CellStyle bold;

		private final List<XlsxColumn<T>> columns;

		private SXSSFSheet sheet;

		private int rowIndex;

		SheetWriter(SXSSFWorkbook workbook, List<String> headers, CellStyle bold, List<XlsxColumn<T>> columns) {
			this.workbook = workbook;
			this.headers = headers;
			this.bold = bold;
			this.columns = columns;
			newSheet();
		}

		private void newSheet() {
			sheet = workbook.createSheet(String.valueOf(workbook.getNumberOfSheets() + 1));
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 3)) * 256);
			}
			sheet.createFreezePane(0, 1);
			rowIndex = 1;
		}

		void append(T item) {
			if (rowIndex > ROWS_PER_SHEET) {
				newSheet();
			}
			Row row = sheet.createRow(rowIndex++);
			for (int i = 0; i < columns.size(); i++) {
				Object value = columns.get(i).value().apply(item);
				if (value != null) {
					set(row.createCell(i), value);
				}
			}
		}

		private void set(Cell cell, Object value) {
			switch (value) {
				case Number n -> cell.setCellValue(n.doubleValue());
				case Boolean b -> cell.setCellValue(b);
				case LocalDate d -> cell.setCellValue(d.toString());
				case Instant t -> cell.setCellValue(INSTANT_FORMAT.format(t.atZone(zone)));
				case OffsetDateTime t -> cell.setCellValue(INSTANT_FORMAT.format(t.atZoneSameInstant(zone)));
				default -> cell.setCellValue(value.toString());
			}
		}
	}
}
