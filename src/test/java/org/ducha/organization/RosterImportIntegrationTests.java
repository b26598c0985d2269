package org.ducha.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ducha.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DemoDistrictTest
@Transactional
class RosterImportIntegrationTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("SYSTEM_ADMIN");

	static final String[] XCJD = { "XCJD", "西城街道办事处", "乡镇/街道", "QW", "C050", "C005", "中共演示区西城街道工作委员会", "党工委" };
	static final String[] XCSQ = { "XCSQ", "西城社区", "村/社区", "XCJD", "C051", "", "中共西城社区委员会", "党委" };
	static final String[] ZJJ_RENAMED = { "ZJJ", "演示区住房和城乡建设局（更名）", "区直部门", "QZF", "C010", "C004",
			"演示区住房和城乡建设局党组", "党组" };
	static final String[] C050 = { "C050", "张晓明", "XCJD", "党工委书记", "正科", "是", "", "在职" };
	static final String[] C051 = { "C051", "李红", "XCSQ", "社区党委书记", "村（社区）干部", "是", "", "" };
	static final String[] C052 = { "C052", "王军", "XCJD", "科员", "一般干部", "否", "C050", "" };
	static final String[] C013_PROMOTED = { "C013", "郑伟", "ZJJ", "副股长", "股级", "否", "C011", "在职" };

	@Autowired
	RosterImport rosterImport;

	@Autowired
	Organization organization;

	@Autowired
	AuditLog audit;

	@Autowired
	MockMvc mvc;

	ImportResult importing(byte[] xlsx) {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			return rosterImport.importWorkbook(new ByteArrayInputStream(xlsx));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void aGoodFileCreatesAndUpdatesUnitsAndCadresReferringToEachOther() {
		ImportResult result = importing(Workbooks.book()
			.units(XCJD, XCSQ, ZJJ_RENAMED)
			.cadres(C050, C051, C052, C013_PROMOTED)
			.bytes());

		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isTrue();
		assertThat(result).extracting(ImportResult::unitsCreated, ImportResult::unitsUpdated, ImportResult::cadresCreated,
				ImportResult::cadresUpdated).containsExactly(2, 1, 3, 1);
		assertThat(organization.unit("XCJD").getPrincipalNo()).isEqualTo("C050");
		assertThat(organization.unit("XCSQ").getParentCode()).isEqualTo("XCJD");
		assertThat(organization.unit("ZJJ").getName()).isEqualTo("演示区住房和城乡建设局（更名）");
		assertThat(organization.cadre("C052").getSupervisingLeaderNo()).isEqualTo("C050");
		assertThat(organization.cadre("C052").isPartyMember()).isFalse();
		assertThat(organization.cadre("C051").getStatus()).isEqualTo(CadreStatus.SERVING);
		assertThat(organization.cadre("C013").getRank()).isEqualTo(Rank.GU);
		assertThat(organization.jurisdictionOf("C051")).isEqualTo(Jurisdiction.unit("XCJD"));
		assertThat(audit.search(null, null, "ROSTER_IMPORTED", PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
		assertThat(audit.search("C013", null, "CADRE_UPDATED", PageRequest.of(0, 5)).getContent())
			.singleElement().satisfies(e -> assertThat(e.getDetails()).isEqualTo("source=import changed=position,rank"));
	}

	@Test
	void aFileWithOneBadRowImportsNothingAndNamesTheRowAndColumn() {
		String[] badRank = C052.clone();
		badRank[4] = "处长";

		ImportResult result = importing(Workbooks.book()
			.units(XCJD, XCSQ, ZJJ_RENAMED)
			.cadres(C050, C051, badRank, C013_PROMOTED)
			.bytes());

		assertThat(result.imported()).isFalse();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.sheet()).isEqualTo("干部");
			assertThat(e.row()).isEqualTo(4);
			assertThat(e.columnLetter()).isEqualTo("E");
			assertThat(e.column()).isEqualTo("职级");
			assertThat(e.code()).isEqualTo("INVALID_VALUE");
			assertThat(e.reason()).isEqualTo("无法识别的值“处长”。");
		});
		assertThat(organization.findUnit("XCJD")).isEmpty();
		assertThat(organization.findCadre("C050")).isEmpty();
		assertThat(organization.unit("ZJJ").getName()).isEqualTo("演示区住房和城乡建设局");
		assertThat(organization.cadre("C013").getRank()).isEqualTo(Rank.STAFF);
		assertThat(audit.search(null, null, "ROSTER_IMPORTED", PageRequest.of(0, 5)).getTotalElements()).isZero();
	}

	@Test
	void everyBadRowIsReportedBySheetRowAndColumn() {
		ImportResult result = importing(Workbooks.book()
			.units(new String[] { "AAA", "甲", "其他", "BBB" },
					new String[] { "BBB", "乙", "其他", "AAA" },
					new String[] { "CCC", "丙", "其他", "NOPE" },
					new String[] { "AAA", "甲二", "其他", "QW" },
					new String[] { "DDD", "", "区直部门", "QZF", "C010" },
					new String[] { "EEE", "戊", "区直部门", "QZF", "", "C010", "戊党组" })
			.cadres(new String[] { "C060", "赵一", "ZJJ", "科员", "一般干部", "否", "C099" },
					new String[] { "C061", "钱二", "SCJ", "科员", "一般干部", "也许", "C011" })
			.bytes());

		assertThat(result.imported()).isFalse();
		assertThat(result.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::columnLetter,
				ImportError::code)
			.containsExactly(
					tuple("单位", 2, "D", "PARENT_CYCLE"),
					tuple("单位", 3, "D", "PARENT_CYCLE"),
					tuple("单位", 4, "D", "UNKNOWN_UNIT"),
					tuple("单位", 5, "A", "DUPLICATE_IN_FILE"),
					tuple("单位", 6, "B", "REQUIRED"),
					tuple("单位", 6, "E", "PRINCIPAL_NOT_IN_UNIT"),
					tuple("单位", 7, "F", "LEADER_NOT_DISTRICT_LEVEL"),
					tuple("单位", 7, "H", "PARTY_ORG_KIND_REQUIRED"),
					tuple("干部", 2, "G", "UNKNOWN_CADRE"),
					tuple("干部", 3, "F", "INVALID_VALUE"),
					tuple("干部", 3, "G", "LEADER_NOT_IN_UNIT"));
		assertThat(result.errors().get(3).reason()).isEqualTo("AAA 与本工作表第 2 行重复。");
		assertThat(result.errors().get(2).reason()).isEqualTo("没有代码为 NOPE 的单位。");
		assertThat(organization.findUnit("AAA")).isEmpty();
	}

	@Test
	void aMissingRequiredColumnIsReportedOnTheHeaderRow() {
		ImportResult result = importing(Workbooks.book()
			.sheet("干部", new String[] { "干部编号", "姓名", "所在单位代码", "是否党员" }, new String[] { "C060", "赵一", "ZJJ", "否" })
			.bytes());

		assertThat(result.errors()).extracting(ImportError::row, ImportError::column, ImportError::code)
			.containsExactly(tuple(1, "职级", "MISSING_COLUMN"));
	}

	@Test
	void aWorkbookWithoutRosterSheetsOrNotAWorkbookAtAllIsRefused() {
		assertThat(importing(Workbooks.book().sheet("Sheet1", new String[] { "x" }).bytes()).errors())
			.extracting(ImportError::code).containsExactly("NO_ROSTER_SHEET");
		assertThat(importing("not a workbook".getBytes()).errors()).extracting(ImportError::code)
			.containsExactly("NOT_XLSX");
	}

	@Test
	void englishSheetsHeadersCodesAndNumericCellsAreAccepted() {
		ImportResult result = importing(Workbooks.book()
			.sheet("Units", new String[] { "code", "Unit name", "type", "Parent unit code" },
					new String[] { "XCJD", "Xicheng", "TOWNSHIP", "QW" })
			.sheet("Cadres", new String[] { "cadreNo", "name", "unitCode", "rank", "partyMember", "status" },
					new String[] { "#20260001", "Zhang", "XCJD", "ZHENG_KE", "yes", "Serving" })
			.bytes());

		assertThat(result.errors()).isEmpty();
		assertThat(organization.cadre("20260001").getRank()).isEqualTo(Rank.ZHENG_KE);
		assertThat(organization.cadre("20260001").isPartyMember()).isTrue();
	}

	@Test
	void aColumnLeftOutKeepsTheExistingValueWhileABlankCellClearsIt() {
		ImportResult result = importing(Workbooks.book()
			.sheet("干部", new String[] { "干部编号", "姓名", "所在单位代码", "职级", "是否党员", "分管领导干部编号" },
					new String[] { "C013", "郑伟", "ZJJ", "一般干部", "否", "" })
			.bytes());

		assertThat(result.imported()).isTrue();
		Cadre cadre = organization.cadre("C013");
		assertThat(cadre.getPosition()).isEqualTo("科员");
		assertThat(cadre.getSupervisingLeaderNo()).isNull();
	}

	@Test
	void theExportedRosterImportsBackUnchanged() {
		ImportResult result = importing(rosterImport.export());

		assertThat(result.errors()).isEmpty();
		assertThat(result).extracting(ImportResult::unitsCreated, ImportResult::unitsUpdated, ImportResult::cadresCreated,
				ImportResult::cadresUpdated, ImportResult::unchanged).containsExactly(0, 0, 0, 0, 23);
	}

	@Test
	void theTemplateHasBothSheetsWithHeaderAndExampleAndImportsIntoTheDemoDistrict() throws Exception {
		byte[] template = mvc.perform(get("/organization/import/template.xlsx").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();

		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			DataFormatter f = new DataFormatter();
			Sheet units = wb.getSheet("单位");
			Sheet cadres = wb.getSheet("干部");
			assertThat(units.getLastRowNum()).isEqualTo(1);
			assertThat(cadres.getLastRowNum()).isEqualTo(1);
			assertThat(f.formatCellValue(units.getRow(0).getCell(0))).isEqualTo("单位代码*");
			assertThat(f.formatCellValue(units.getRow(1).getCell(0))).isEqualTo("XCJD");
			assertThat(f.formatCellValue(cadres.getRow(0).getCell(4))).isEqualTo("职级*");
			assertThat(f.formatCellValue(cadres.getRow(1).getCell(4))).isEqualTo("正科");
		}
		ImportResult result = importing(template);
		assertThat(result.errors()).isEmpty();
		assertThat(organization.unit("XCJD").getPrincipalNo()).isEqualTo("C050");
	}

	@Test
	void theImportPageListsEveryErrorAndOnlyTheAdministratorMayUseIt() throws Exception {
		String[] badParent = XCSQ.clone();
		badParent[3] = "NOPE";
		MockMultipartFile file = new MockMultipartFile("file", "roster.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				Workbooks.book().units(XCJD, badParent).cadres(C050, C051).bytes());

		mvc.perform(multipart("/organization/import").file(file).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"import-rejected\"")))
			.andExpect(content().string(containsString("data-row=\"3\" data-column=\"D\"")))
			.andExpect(content().string(containsString("没有代码为 NOPE 的单位。")));
		assertThat(organization.findUnit("XCJD")).isEmpty();

		mvc.perform(multipart("/organization/import").file(file).with(user("o").roles("OFFICER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organization/import/template.xlsx").with(user("o").roles("OFFICER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organization/import").with(ADMIN)).andExpect(status().isOk());
	}

	@Test
	void theImportPageReportsSuccess() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "roster.xlsx", "application/octet-stream",
				Workbooks.book().units(XCJD).cadres(C050).bytes());

		mvc.perform(multipart("/organization/import").file(file).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"import-done\"")));
		assertThat(organization.unit("XCJD").getPrincipalNo()).isEqualTo("C050");
	}
}
