package org.ducha.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ducha.campaign.Campaigns;
import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SelfExaminationIntegrationTests extends RectificationIntegrationSupport {

	@Autowired
	SelfExaminations selfExaminations;

	@Autowired
	Campaigns campaigns;

	Long campaign() {
		return campaigns.all().getFirst().getId();
	}

	static byte[] workbook(String[]... rows) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("items");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("code");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void principalSubmitsTheUnitsListForACampaign() {
		List<SelfExaminationItem> items = as("zjj", () -> selfExaminations.submit(campaign(), List.of(
				new SelfExaminationEntry("ZFZD-01-01", "支部三会一课记录不全", "补齐记录", Severity.GENERAL),
				new SelfExaminationEntry("ZFZD-05", "审批环节多", null, null))));
		assertThat(items).hasSize(2).allSatisfy(i -> {
			assertThat(i.getUnitCode()).isEqualTo("ZJJ");
			assertThat(i.getStatus()).isEqualTo(SelfExaminationStatus.SUBMITTED);
		});
	}

	@Test
	void theItemsListExportsAsXlsxWithThePagesColumnsAndVisibility() throws Exception {
		SelfExaminationItem item = as("zjj", () -> selfExaminations.submit(campaign(), List.of(
				new SelfExaminationEntry("ZFZD-01-01", "导出用：会议记录缺页", "补齐记录", Severity.SERIOUS))).getFirst());
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/self-examination")
				.with(OFFICER)).andReturn().getResponse().getContentAsString())
			.contains("data-testid=\"self-export\"");

		for (var who : List.of(OFFICER, ZJJ)) {
			Row row = exportedRow(who, item.getId());
			assertThat(row).as("the item's row").isNotNull();
			Row header = row.getSheet().getRow(0);
			List<String> headers = new java.util.ArrayList<>();
			header.forEach(c -> headers.add(c.getStringCellValue()));
			assertThat(headers).containsExactly("编号", "责任单位", "整治活动", "问题类别", "严重程度", "问题描述", "整改措施",
					"提交日期", "状态", "退回理由", "转成的问题");
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("演示区住房和城乡建设局");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo(campaigns.all().getFirst().getName());
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("较重");
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("导出用：会议记录缺页");
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("补齐记录");
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo(item.getSubmittedOn().toString());
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo("待审核");
		}
		assertThat(exportedRow(SCJ, item.getId())).as("another unit's principal").isNull();
	}

	private Row exportedRow(org.springframework.test.web.servlet.request.RequestPostProcessor who, Long id) throws Exception {
		var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/self-examination").param("format", "xlsx").with(who))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(org.ducha.web.XlsxExports.CONTENT_TYPE);
		XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
		Sheet sheet = book.getSheetAt(0);
		for (int i = 1; i <= sheet.getLastRowNum(); i++) {
			if ((long) sheet.getRow(i).getCell(0).getNumericCellValue() == id) {
				return sheet.getRow(i);
			}
		}
		return null;
	}

	@Test
	void aFormWithOneBadItemSubmitsNothing() {
		long before = count("self_examination_item");
		assertThatThrownBy(() -> as("zjj", () -> selfExaminations.submit(campaign(), List.of(
				new SelfExaminationEntry("ZFZD-05", "审批环节多", null, null),
				new SelfExaminationEntry("NOPE", " ", null, null)))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field)
				.containsExactlyInAnyOrder("items[1].categoryCode", "items[1].description"));
		assertThat(count("self_examination_item")).isEqualTo(before);
	}

	@Test
	void onlyAUnitPrincipalSubmits() {
		assertThatThrownBy(() -> as("zjj-liaison", () -> selfExaminations.submit(campaign(), List.of(
				new SelfExaminationEntry("ZFZD-05", "审批环节多", null, null)))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
	}

	@Test
	void importIsAllOrNothingWithRowAndColumnOfEachError() throws Exception {
		long before = count("self_examination_item");
		byte[] file = workbook(new String[] { "ZFZD-05", "审批环节多", "精简环节", "GENERAL" },
				new String[] { "NOPE", "窗口服务差", "", "SERIOUS" },
				new String[] { "ZFZD-04", "", "", "HUGE" });
		SelfExaminationImport outcome = as("zjj", () -> selfExaminations.importWorkbook(campaign(), new ByteArrayInputStream(file)));
		assertThat(outcome.imported()).isFalse();
		assertThat(outcome.errors()).extracting(ImportRowError::row).containsExactlyInAnyOrder(3, 4, 4);
		assertThat(outcome.errors()).allSatisfy(e -> assertThat(e.column()).isNotBlank());
		assertThat(count("self_examination_item")).isEqualTo(before);
	}

	@Test
	void aValidWorkbookSubmitsEveryRow() throws Exception {
		byte[] file = workbook(new String[] { "ZFZD-05", "审批环节多", "精简环节", "GENERAL" },
				new String[] { "ZFZD-04", "窗口服务差", "", "较重" });
		SelfExaminationImport outcome = as("scj", () -> selfExaminations.importWorkbook(campaign(), new ByteArrayInputStream(file)));
		assertThat(outcome.imported()).isTrue();
		assertThat(outcome.submitted()).isEqualTo(2);
	}

	@Test
	void theTemplateIsAWorkbookWithTheColumns() throws Exception {
		byte[] template = as("zjj", () -> selfExaminations.template());
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(wb.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo((short) 4);
		}
	}

	@Test
	void officeAcceptsAnItemAsAProblemOrSendsItBackWithAReason() {
		List<SelfExaminationItem> items = as("scj", () -> selfExaminations.submit(campaign(), List.of(
				new SelfExaminationEntry("ZFZD-01-03", "民主生活会批评不深入", "重新召开", Severity.SERIOUS),
				new SelfExaminationEntry("ZFZD-01-03", "会前谈心谈话不到位", null, null))));
		String first = String.valueOf(items.get(0).getId());
		String second = String.valueOf(items.get(1).getId());
		ProblemView view = as("officer", () -> selfExaminations.accept(first, null));
		assertThat(view.problem().getSource()).isEqualTo(ProblemSource.SELF_EXAMINATION);
		assertThat(view.problem().getUnitCode()).isEqualTo("SCJ");
		assertThat(view.assignment().unitCode()).isEqualTo("SCJ");
		assertThatThrownBy(() -> as("officer", () -> selfExaminations.accept(first, null)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThatThrownBy(() -> as("officer", () -> selfExaminations.sendBack(second, " ")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
		assertThatThrownBy(() -> as("scj", () -> selfExaminations.sendBack(second, "请细化")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
		SelfExaminationItem back = as("officer", () -> selfExaminations.sendBack(second, "请细化问题表述"));
		assertThat(back.getStatus()).isEqualTo(SelfExaminationStatus.SENT_BACK);
	}
}
