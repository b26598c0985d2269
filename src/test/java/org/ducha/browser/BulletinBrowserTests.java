package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;

import com.microsoft.playwright.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * SPEC §10 end to end on the demo district: the director assembles this month's bulletin, edits its
 * opening, approves and publishes it, downloads it as .docx and PDF (the test reads the text inside
 * both), and zjj (住建局 principal) then finds the published bulletin.
 */
class BulletinBrowserTests extends BrowserTestSupport {

	@Test
	void theDirectorAssemblesApprovesAndPublishesTheMonthsBulletinWhichTheUnitThenReads() throws IOException {
		YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
		String title = "关于" + month.getYear() + "年" + month.getMonthValue() + "月全区作风问题查处情况的通报";

		login("director");
		page.navigate(url("/bulletins"));
		page.getByTestId("assemble-month").fill(month.toString());
		page.getByTestId("assemble").click();
		assertThat(page.getByTestId("bulletin-done")).isVisible();
		assertThat(page.getByTestId("bulletin-status")).hasAttribute("data-status", "DRAFT");
		assertThat(page.getByTestId("document-title")).hasText(title);
		assertThat(page.getByTestId("bulletin-document")).containsText("总体情况");
		page.getByTestId("field-opening").fill("为推动作风建设常态长效，现将本月作风问题查处情况通报如下。");
		page.getByTestId("save-text").click();
		assertThat(page.getByTestId("bulletin-document")).containsText("现将本月作风问题查处情况通报如下");
		assertThat(page.getByTestId("versions")).containsText("v2");
		screenshot("bulletin-draft");
		page.getByTestId("approve").click();
		assertThat(page.getByTestId("bulletin-status")).hasAttribute("data-status", "APPROVED");
		assertThat(page.getByTestId("text-form")).hasCount(0);
		page.getByTestId("publish").click();
		assertThat(page.getByTestId("bulletin-status")).hasAttribute("data-status", "PUBLISHED");

		Download docx = page.waitForDownload(() -> page.getByTestId("download-docx").click());
		try (InputStream in = new FileInputStream(docx.path().toFile()); XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			org.assertj.core.api.Assertions.assertThat(text.getText())
				.contains("演示区作风建设领导小组办公室", title, "现将本月作风问题查处情况通报如下", "总体情况", "抄送：", "印发");
		}
		Download pdf = page.waitForDownload(() -> page.getByTestId("download-pdf").click());
		Path pdfPath = pdf.path();
		try (PDDocument document = Loader.loadPDF(pdfPath.toFile())) {
			// the PDF's lines wrap where the page does: compare without line breaks
			org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document).replaceAll("[\\r\\n]", ""))
				.contains(title, "现将本月作风问题查处情况通报如下", "总体情况", "— 1 —");
		}
		context.clearCookies();

		login("zjj");
		page.navigate(url("/bulletins"));
		assertThat(page.getByTestId("assemble-form")).hasCount(0);
		page.getByTestId("bulletin-" + month).locator("a").click();
		assertThat(page.getByTestId("document-title")).hasText(title);
		assertThat(page.getByTestId("approve")).hasCount(0);
		assertThat(page.getByTestId("publish")).hasCount(0);
		assertThat(page.getByTestId("versions")).hasCount(0);
		screenshot("bulletin-published-unit");
	}
}
