package org.ducha.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;

class XlsxExportsTests {

	record Row(String number, LocalDate receivedOn, Instant at, Integer overdue, Boolean flagged) {
	}

	static final List<XlsxColumn<Row>> COLUMNS = List.of(XlsxColumn.of("x.number", Row::number),
			XlsxColumn.of("x.received", Row::receivedOn), XlsxColumn.of("x.at", Row::at),
			XlsxColumn.of("x.overdue", Row::overdue), XlsxColumn.of("x.flagged", Row::flagged));

	final StaticMessageSource messages = new StaticMessageSource();

	final XlsxExports exports;

	XlsxExportsTests() {
		messages.addMessage("x.number", Locale.SIMPLIFIED_CHINESE, "受理编号");
		messages.addMessage("x.received", Locale.SIMPLIFIED_CHINESE, "登记日期");
		messages.addMessage("x.at", Locale.SIMPLIFIED_CHINESE, "时间");
		messages.addMessage("x.overdue", Locale.SIMPLIFIED_CHINESE, "逾期工作日");
		messages.addMessage("x.flagged", Locale.SIMPLIFIED_CHINESE, "问责标记");
		exports = new XlsxExports(messages,
				Clock.fixed(Instant.parse("2026-11-20T17:00:00Z"), ZoneId.of("Asia/Shanghai")));
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesLocalizedHeadersAndTypedCellsInTheDistrictZone() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.write(out, COLUMNS, sink -> {
			sink.accept(new Row("JB-2026-000001", LocalDate.of(2026, 9, 18), Instant.parse("2026-09-18T16:30:00Z"), 3, true));
			sink.accept(new Row("JB-2026-000002", null, null, null, null));
		});
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			assertThat(sheet.getRow(0).cellIterator()).toIterable().extracting(format::formatCellValue)
				.containsExactly("受理编号", "登记日期", "时间", "逾期工作日", "问责标记");
			assertThat(format.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("JB-2026-000001");
			assertThat(format.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("2026-09-18");
			assertThat(format.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("2026-09-19 00:30:00");
			assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
			assertThat(sheet.getRow(1).getCell(4).getBooleanCellValue()).isTrue();
			assertThat(sheet.getRow(2).getCell(1)).isNull();
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void streamsManyMoreRowsThanItKeepsInMemory() throws Exception {
		int count = XlsxExports.ROWS_IN_MEMORY * 10 + 7;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.write(out, COLUMNS, sink -> IntStream.rangeClosed(1, count)
			.forEach(i -> sink.accept(new Row("JB-2026-" + i, LocalDate.of(2026, 1, 5), null, i, false))));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(count);
			assertThat(sheet.getRow(count).getCell(0).getStringCellValue()).isEqualTo("JB-2026-" + count);
		}
	}

	@Test
	void respondsAsAnAttachmentNamedForTheDistrictsToday() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		exports.respond(response, "reports", COLUMNS, sink -> sink.accept(new Row("JB-2026-000001", null, null, 1, false)));
		assertThat(response.getContentType()).isEqualTo(XlsxExports.CONTENT_TYPE);
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename*=UTF-8''reports-2026-11-21.xlsx");
		assertThat(response.getContentAsByteArray()).startsWith('P', 'K');
	}
}
