package org.ducha.rectification;

/** One bad cell of a self-examination workbook: the Excel row (the header is row 1), the column header and why. */
public record ImportRowError(int row, String column, String message) {
}
