/** The monthly bulletin (查处通报, SPEC §10): assembled from the month's records, edited, approved, published, exported to .docx and PDF. */
package org.ducha.bulletin;
