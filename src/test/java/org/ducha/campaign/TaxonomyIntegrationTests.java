package org.ducha.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.ducha.audit.AuditLog;
import org.ducha.audit.AuditQuery;
import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.hamcrest.Matchers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TaxonomyIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Taxonomies taxonomies;

	@Autowired
	AuditLog audit;

	@Test
	void taxonomyApiListsTheShippedDictionariesInTheContractShape() throws Exception {
		JsonNode root = taxonomiesJson("OFFICER");

		assertThat(root.size()).isEqualTo(3);
		assertThat(root.get(2).get("code").asString()).isEqualTo("WGSX");
		for (JsonNode taxonomy : root) {
			assertThat(taxonomy.propertyNames()).containsExactly("code", "name", "categories");
			for (JsonNode category : taxonomy.get("categories")) {
				assertThat(category.propertyNames()).containsExactly("code", "name", "children");
				for (JsonNode child : category.get("children")) {
					assertThat(child.propertyNames()).containsExactly("code", "name");
				}
			}
		}

		JsonNode zfzd = root.get(0);
		assertThat(zfzd.get("code").asString()).isEqualTo("ZFZD");
		assertThat(zfzd.get("name").asString()).isEqualTo("作风大整顿五个方面");
		assertThat(texts(zfzd.get("categories"), "code"))
			.containsExactly("ZFZD-01", "ZFZD-02", "ZFZD-03", "ZFZD-04", "ZFZD-05");
		assertThat(texts(zfzd.get("categories"), "name"))
			.containsExactly("管党治党不严", "违反中央八项规定精神", "推诿扯皮政令不通", "尸位素餐不担当不作为", "人浮于事效率低下");
		assertThat(texts(zfzd.get("categories").get(0).get("children"), "name"))
			.containsExactly("三会一课不正常", "党费不按时缴纳", "民主生活会流于形式");
		assertThat(texts(zfzd.get("categories").get(0).get("children"), "code"))
			.containsExactly("ZFZD-01-01", "ZFZD-01-02", "ZFZD-01-03");
		for (int i = 1; i < 5; i++) {
			assertThat(zfzd.get("categories").get(i).get("children").size()).isZero();
		}

		JsonNode bxgd = root.get(1);
		assertThat(bxgd.get("code").asString()).isEqualTo("BXGD");
		assertThat(bxgd.get("name").asString()).isEqualTo("中央八项规定精神");
		assertThat(texts(bxgd.get("categories"), "name")).containsExactly("形式主义官僚主义", "享乐主义奢靡之风");
		assertThat(texts(bxgd.get("categories"), "code")).containsExactly("BXGD-01", "BXGD-02");
		assertThat(texts(bxgd.get("categories").get(0).get("children"), "name")).containsExactly(
				"贯彻党中央决策部署有令不行有禁不止", "不担当不作为乱作为假作为", "服务群众消极应付冷硬横推效率低下",
				"文山会海、督查检查考核过多过频、过度留痕", "其他");
		assertThat(texts(bxgd.get("categories").get(1).get("children"), "name")).containsExactly(
				"违规收送名贵特产和礼品礼金", "违规吃喝", "违规发放津补贴或福利", "违规操办婚丧喜庆",
				"公款旅游以及违规接受管理和服务对象等旅游活动安排", "违规配备使用公务用车", "楼堂馆所违规问题", "提供或接受超标准接待",
				"公款出入高消费娱乐健身场所", "违规出入私人会所", "其他");
		assertThat(texts(bxgd.get("categories").get(1).get("children"), "code")).containsExactly("BXGD-02-01",
				"BXGD-02-02", "BXGD-02-03", "BXGD-02-04", "BXGD-02-05", "BXGD-02-06", "BXGD-02-07", "BXGD-02-08",
				"BXGD-02-09", "BXGD-02-10", "BXGD-02-11");
	}

	@Test
	void everySignedInRoleMayReadTheTaxonomies() throws Exception {
		for (String role : List.of("CADRE", "UNIT_LIAISON", "SYSTEM_ADMIN", "AUDITOR")) {
			mvc.perform(get("/api/v1/taxonomies").with(user("u").roles(role))).andExpect(status().isOk());
		}
	}

	@Test
	void retiredCategoryIsLeftOutOfTheApiButStillFoundByItsCode() throws Exception {
		taxonomies.retire("ZFZD-01-02");

		JsonNode zfzd01 = taxonomiesJson("CADRE").get(0).get("categories").get(0);
		assertThat(texts(zfzd01.get("children"), "code")).containsExactly("ZFZD-01-01", "ZFZD-01-03");
		assertThat(taxonomies.activeCategories("ZFZD")).extracting(CategoryRef::code).doesNotContain("ZFZD-01-02");
		CategoryRef retired = taxonomies.findCategory("ZFZD-01-02").orElseThrow();
		assertThat(retired.active()).isFalse();
		assertThat(retired.name()).isEqualTo("党费不按时缴纳");
		assertThat(taxonomies.isActiveCategory("ZFZD-01-02")).isFalse();
		assertThatThrownBy(() -> taxonomies.requireActiveCategory("ZFZD-01-02"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CATEGORY_RETIRED"));
	}

	@Test
	void codeOfARetiredCategoryIsNeverGivenToAnotherCategory() {
		taxonomies.addCategory("ZFZD", null, "ZFZD-06", "测试用分类");
		taxonomies.retire("ZFZD-06");

		assertThatThrownBy(() -> taxonomies.addCategory("ZFZD", null, "zfzd-06", "另一个含义"))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("CATEGORY_CODE_USED");
				assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
			});
		assertThat(taxonomies.findCategory("ZFZD-06").orElseThrow().name()).isEqualTo("测试用分类");
		assertThat(taxonomies.suggestCode("ZFZD", null)).isEqualTo("ZFZD-07");
	}

	@Test
	void shippedCodesCannotBeReusedAcrossTaxonomiesEither() {
		assertThatThrownBy(() -> taxonomies.addCategory("ZFZD", "ZFZD-01", "ZFZD-01-03", "重复编码"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CATEGORY_CODE_USED"));
	}

	@Test
	void newCodeExtendsItsParentCodeByOneSegment() {
		assertThatThrownBy(() -> taxonomies.addCategory("BXGD", "BXGD-02", "BXGD-03-01", "错位编码"))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
				assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("code");
			});
		assertThatThrownBy(() -> taxonomies.addCategory("BXGD", "BXGD-02", "BXGD-02-1 2", "空格"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
		assertThatThrownBy(() -> taxonomies.addCategory("BXGD", "BXGD-02-01", "BXGD-02-01-01", "第三级"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CATEGORY_TOO_DEEP"));

		CategoryRef added = taxonomies.addCategory("BXGD", "BXGD-02", "BXGD-02-12", "新增问题类型");

		assertThat(added.parentCode()).isEqualTo("BXGD-02");
		assertThat(added.taxonomyName()).isEqualTo("中央八项规定精神");
		assertThat(added.label()).isEqualTo("享乐主义奢靡之风 / 新增问题类型");
		assertThat(taxonomies.suggestCode("BXGD", "BXGD-02")).isEqualTo("BXGD-02-13");
		List<CategoryRef> options = taxonomies.activeCategories("BXGD");
		assertThat(options.getLast().code()).isEqualTo("BXGD-02-12");
	}

	@Test
	void retiringAFirstLevelCategoryRetiresItsChildrenInOneNewVersion() {
		int before = taxonomies.findTaxonomy("ZFZD").orElseThrow().version();

		taxonomies.retire("ZFZD-01");

		assertThat(taxonomies.findTaxonomy("ZFZD").orElseThrow().version()).isEqualTo(before + 1);
		assertThat(List.of("ZFZD-01", "ZFZD-01-01", "ZFZD-01-02", "ZFZD-01-03"))
			.noneMatch(taxonomies::isActiveCategory);
		TaxonomyTree.Node node = taxonomies.fullTrees().getFirst().categories().getFirst();
		assertThat(node.retiredVersion()).isEqualTo(before + 1);
		assertThat(node.children()).allMatch(c -> c.retiredVersion() == before + 1);
		assertThat(audit.search(new AuditQuery("ZFZD-01", null, "CATEGORY_RETIRED", null, null), Pageable.unpaged())
			.getTotalElements()).isEqualTo(1);
		assertThatThrownBy(() -> taxonomies.retire("ZFZD-01"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThatThrownBy(() -> taxonomies.addCategory("ZFZD", "ZFZD-01", "ZFZD-01-04", "停用后新增"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CATEGORY_RETIRED"));
	}

	@Test
	void renamingKeepsTheCodeAndRefusesANameTakenBySiblings() {
		CategoryRef renamed = taxonomies.rename("ZFZD-03", "推诿扯皮、政令不通");

		assertThat(renamed.code()).isEqualTo("ZFZD-03");
		assertThat(taxonomies.findCategory("ZFZD-03").orElseThrow().name()).isEqualTo("推诿扯皮、政令不通");
		assertThat(audit.search(new AuditQuery("ZFZD-03", null, "CATEGORY_RENAMED", null, null), Pageable.unpaged())
			.getContent()).singleElement().satisfies(e -> assertThat(e.getDetails()).contains("推诿扯皮政令不通"));
		assertThatThrownBy(() -> taxonomies.rename("ZFZD-04", "人浮于事效率低下"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CATEGORY_NAME_TAKEN"));
	}

	@Test
	void dictionaryPageIsForTheSystemAdministratorOnly() throws Exception {
		mvc.perform(get("/taxonomies").with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ZFZD-01-03")))
			.andExpect(content().string(Matchers.containsString("BXGD-02-11")));
		for (String role : List.of("OFFICER", "OFFICE_DIRECTOR", "AUDITOR", "SECURITY_ADMIN")) {
			mvc.perform(get("/taxonomies").with(user("u").roles(role))).andExpect(status().isForbidden());
			mvc.perform(post("/taxonomies/categories/ZFZD-05/retire").with(csrf()).with(user("u").roles(role)))
				.andExpect(status().isForbidden());
		}
		assertThat(taxonomies.isActiveCategory("ZFZD-05")).isTrue();
	}

	@Test
	void addFormShowsAUsedCodeBesideTheCodeFieldAndKeepsTheTypedName() throws Exception {
		mvc.perform(post("/taxonomies/ZFZD/categories").with(csrf()).with(user("admin").roles("SYSTEM_ADMIN"))
			.param("code", "ZFZD-01")
			.param("name", "重复的一级分类"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "code"))
			.andExpect(content().string(Matchers.containsString("is-invalid")))
			.andExpect(content().string(Matchers.containsString("重复的一级分类")));
		assertThat(taxonomies.activeCategories("ZFZD")).extracting(CategoryRef::name).doesNotContain("重复的一级分类");
	}

	@Test
	void addFormSavesANewChildAndReturnsToTheDictionary() throws Exception {
		mvc.perform(get("/taxonomies/ZFZD/categories/new").param("parent", "ZFZD-01")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"ZFZD-01-04\"")));

		mvc.perform(post("/taxonomies/ZFZD/categories").with(csrf()).with(user("admin").roles("SYSTEM_ADMIN"))
			.param("parent", "ZFZD-01")
			.param("code", "ZFZD-01-04")
			.param("name", "组织生活不严肃"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/taxonomies"));

		CategoryRef added = taxonomies.findCategory("ZFZD-01-04").orElseThrow();
		assertThat(added.parentCode()).isEqualTo("ZFZD-01");
		assertThat(added.name()).isEqualTo("组织生活不严肃");
	}

	@Test
	void retireButtonSwapsInTheRefreshedTreesForHtmx() throws Exception {
		String html = mvc.perform(post("/taxonomies/categories/ZFZD-05/retire").with(csrf())
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).doesNotContain("<html").contains("id=\"taxonomy-trees\"").contains("data-category=\"ZFZD-05\"");
		assertThat(taxonomies.isActiveCategory("ZFZD-05")).isFalse();
	}

	@Test
	void unknownCategoryPageAnswers404NamingTheCode() throws Exception {
		mvc.perform(get("/taxonomies/categories/ZFZD-99/rename").with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("问题分类“ZFZD-99”不存在。")));
	}

	private JsonNode taxonomiesJson(String role) throws Exception {
		String body = mvc.perform(get("/api/v1/taxonomies").with(user("u").roles(role)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return JSON.readTree(body);
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		StreamSupport.stream(array.spliterator(), false).forEach(n -> values.add(n.get(field).asString()));
		return values;
	}
}
