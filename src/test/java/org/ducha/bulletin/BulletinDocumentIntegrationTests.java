package org.ducha.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.ducha.dashboard.StatisticsIntegrationSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class BulletinDocumentIntegrationTests extends StatisticsIntegrationSupport {

	String bulletinWithRecords(String month) throws Exception {
		LocalDate day = LocalDate.parse(month + "-06");
		fixtures.report("LETTER", "ZFZD-04", day, day.plusDays(1), day.plusDays(8), day.plusDays(12));
		fixtures.problem("ZJJ", "BXGD-02-02", day, day.plusDays(10), null);
		fixtures.problem("ZJJ", "ZFZD-04", day, day.plusDays(10), day.plusDays(3));
		fixtures.problem("JYJ", "BXGD-01-03", day, day.plusDays(30), null);
		return JsonPath.read(mvc.perform(post("/api/v1/bulletins").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\":\"" + month + "\"}")).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
	}

	byte[] download(String id, String format) throws Exception {
		byte[] bytes = mvc.perform(get("/api/v1/bulletins/" + id + "/document").param("format", format).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("bulletin-")))
			.andReturn().getResponse().getContentAsByteArray();
		Path out = Path.of("target", "bulletin-" + id + "." + format);
		Files.write(out, bytes);
		return bytes;
	}

	static XWPFParagraph paragraphWith(XWPFDocument doc, String text) {
		return doc.getParagraphs().stream().filter(p -> p.getText().contains(text)).findFirst()
			.orElseThrow(() -> new AssertionError("no paragraph with " + text));
	}

	@Test
	void docxFollowsTheOfficialDocumentLayout() throws Exception {
		String id = bulletinWithRecords("2023-05");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(id, "docx")))) {
			XWPFRun issuer = paragraphWith(doc, "演示区作风建设领导小组办公室").getRuns().get(0);
			assertThat(issuer.getColor()).isEqualTo("FF0000");
			assertThat(issuer.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
			XWPFParagraph number = paragraphWith(doc, "演作风办〔2023〕5号");
			assertThat(number.getCTP().getPPr().getPBdr().getBottom().xmlText()).contains("w:color=\"FF0000\"");
			XWPFRun title = paragraphWith(doc, "关于2023年5月全区作风问题查处情况的通报").getRuns().get(0);
			assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
			assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
			XWPFRun heading = paragraphWith(doc, "一、总体情况").getRuns().get(0);
			assertThat(heading.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
			XWPFRun body = paragraphWith(doc, "全区共登记信访举报1件").getRuns().get(0);
			assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
			assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
			assertThat(paragraphWith(doc, "发现作风问题3个").getText()).contains("整改销号1个", "逾期未整改1个");
			assertThat(paragraphWith(doc, "以下单位发现问题较多").getText()).contains("演示区住房和城乡建设局（2个", "周强");
			assertThat(paragraphWith(doc, "抄送：").getText()).contains("区委各常委");
			assertThat(paragraphWith(doc, "印发").getText()).contains("2026年9月18日印发");
			assertThat(doc.getTables()).isNotEmpty();
			assertThat(doc.getTables().get(0).getText()).contains("享乐主义奢靡之风");
			List<String> footers = new ArrayList<>();
			for (XWPFFooter footer : doc.getFooterList()) {
				footers.add(footer.getText() + "|" + footer._getHdrFtr().xmlText());
			}
			assertThat(footers).isNotEmpty().allMatch(f -> f.contains("— ") && f.contains("PAGE"));
			String section = doc.getDocument().getBody().getSectPr().xmlText();
			assertThat(section).contains("w:w=\"11906\"", "w:h=\"16838\"", "w:top=\"2098\"");
		}
	}

	@Test
	void pdfEmbedsItsChineseFontsAndSaysWhatTheDocxSays() throws Exception {
		String id = bulletinWithRecords("2023-06");
		try (PDDocument pdf = Loader.loadPDF(download(id, "pdf"))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("[\\r\\n]", "");
			assertThat(text).contains("演示区作风建设领导小组办公室", "演作风办〔2023〕6号",
					"关于2023年6月全区作风问题查处情况的通报", "一、总体情况", "全区共登记信访举报1件", "发现作风问题3个",
					"抄送：", "2026年9月18日印发", "— 1 —");
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
	}

	@Test
	void refusesAnUnknownDocumentFormat() throws Exception {
		String id = bulletinWithRecords("2023-07");
		mvc.perform(get("/api/v1/bulletins/" + id + "/document").param("format", "odt").with(OFFICER))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theApiRequiresTheDocumentFormat() throws Exception {
		String id = JsonPath.read(mvc.perform(post("/api/v1/bulletins").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\":\"2023-09\"}")).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
		for (var request : List.of(get("/api/v1/bulletins/" + id + "/document"),
				get("/api/v1/bulletins/" + id + "/document").param("format", " "))) {
			mvc.perform(request.with(OFFICER))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
				.andExpect(jsonPath("$.errors[0].field").value("format"));
		}
	}
}
