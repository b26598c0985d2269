package org.ducha.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an exported .xlsx in tests: the first sheet's rows as the texts of their cells, the header first. */
public final class XlsxRows {

	private XlsxRows() {
	}

	public static List<List<String>> of(byte[] file) {
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = book.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The values of one column below the header. */
	public static List<String> column(List<List<String>> rows, int index) {
		return rows.stream().skip(1).map(r -> r.size() > index ? r.get(index) : "").toList();
	}
}
