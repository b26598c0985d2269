package org.ducha.bulletin.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.bulletin.Bulletin;
import org.ducha.bulletin.Bulletins;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bulletin list as .xlsx, for the list page's button and {@code GET /api/v1/bulletins?format=xlsx}: the
 * bulletins the caller reads (units: published ones only), one a month, so the list is short.
 */
@Component
class BulletinListExport {

	private final Bulletins bulletins;
	private final XlsxExports xlsx;
	private final MessageSource messages;

	BulletinListExport(Bulletins bulletins, XlsxExports xlsx, MessageSource messages) {
		this.bulletins = bulletins;
		this.xlsx = xlsx;
		this.messages = messages;
	}

	void respond(HttpServletResponse response) throws IOException {
		List<Bulletin> all = bulletins.list();
		xlsx.respond(response, "bulletins", List.<XlsxColumn<Bulletin>>of(
				XlsxColumn.of("bulletin.field.month", b -> b.getMonth().toString()),
				XlsxColumn.of("bulletin.field.status", b -> messages.getMessage("bulletin.status." + b.getStatus().name(),
						null, b.getStatus().name(), LocaleContextHolder.getLocale())),
				XlsxColumn.of("bulletin.field.version", Bulletin::getContentVersion),
				XlsxColumn.of("bulletin.field.publishedOn", Bulletin::getPublishedOn)), all::forEach);
	}
}
