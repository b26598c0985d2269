package org.ducha.organization;

/**
 * One bad cell (or a missing sheet or column) of a roster workbook: the sheet name, the Excel row number
 * (the header is row 1), the column letter and header, a stable code and the reason in the reader's language.
 */
public record ImportError(String sheet, int row, String columnLetter, String column, String code, String reason) {
}
