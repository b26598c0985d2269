package org.ducha.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds real .xlsx files for the import tests; a cell written as {@code #123} is stored as the number 123. */
final class Workbooks {

	static final String[] UNIT_HEADER = { "单位代码", "单位名称", "单位类型", "上级单位代码", "一把手干部编号", "分管区领导干部编号",
			"党组织名称", "党组织类型" };

	static final String[] CADRE_HEADER = { "干部编号", "姓名", "所在单位代码", "职务", "职级", "是否党员", "分管领导干部编号", "状态" };

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	static Workbooks book() {
		return new Workbooks();
	}

	Workbooks sheet(String name, String[] header, String[]... rows) {
		Sheet sheet = workbook.createSheet(name);
		write(sheet.createRow(0), header);
		for (int i = 0; i < rows.length; i++) {
			write(sheet.createRow(i + 1), rows[i]);
		}
		return this;
	}

	Workbooks units(String[]... rows) {
		return sheet("单位", UNIT_HEADER, rows);
	}

	Workbooks cadres(String[]... rows) {
		return sheet("干部", CADRE_HEADER, rows);
	}

	byte[] bytes() {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Row row, String[] values) {
		for (int i = 0; i < values.length; i++) {
			String v = values[i];
			if (v == null || v.isEmpty()) {
				continue;
			}
			if (v.startsWith("#")) {
				row.createCell(i).setCellValue(Double.parseDouble(v.substring(1)));
			}
			else {
				row.createCell(i).setCellValue(v);
			}
		}
	}
}
